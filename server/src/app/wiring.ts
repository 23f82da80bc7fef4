import { refuseReopen } from '../modules/assessment/assessment-ports.js';
import { refuseReopenIfObjected } from '../modules/objection/result-receipt.service.js';

/** Plugs each port a module declares into the module above that provides it; imported once by `schema.ts`. */
refuseReopen.provide(refuseReopenIfObjected);
