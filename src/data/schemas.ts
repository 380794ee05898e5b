/** The content schemas bound to this build's statute library (build time). */
import { citedSchemas } from '../schemas/content.ts';
import { statuteChecker } from './statutes.ts';

export const schemas = citedSchemas(statuteChecker);
