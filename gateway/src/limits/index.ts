import type { ValidationRule } from 'graphql';
import type { Limits } from '../limits.js';
import { aliasLimitRule } from './aliases.js';
import { costLimitRule } from './cost.js';
import { depthLimitRule } from './depth.js';
import { directiveLimitRule } from './directives.js';

/** The validation rules that enforce the limits file (tokens are limited by the parser itself). */
export function limitRules(limits: Limits): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases), directiveLimitRule(limits.maxDirectives), costLimitRule(limits)];
}
