// The version of what the classifier computes. Suggestions are cached beside the
// database (core/suggestions/); a cached one of another version is computed anew.

/**
 * Raise this whenever the same data could get a different suggestion: a rule,
 * a weight, a reason's wording, or something more that a suggestion reads (then
 * name it in core/suggestions/inputs.ts too).
 */
export const classifierVersion = 1;
