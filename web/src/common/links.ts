/** The hash of `/penilaian/:id` that opens the self-assessment tab (linked from "Hasil Saya"). */
export const SELF_ASSESSMENT_HASH = '#penilaian-diri';
