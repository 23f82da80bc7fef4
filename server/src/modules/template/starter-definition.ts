/** The definition a brand-new template starts from. */
export function starterDefinition(): unknown {
  return { sections: [] };
}
