import { profileSchema, type Profile } from './profile-schema';

/**
 * Checks a whole profile without saving it; field name → the sentence to show
 * beside that field, for every field at fault. Empty when it is valid.
 */
export function profileProblems(candidate: Profile): Partial<Record<string, string>> {
  const result = profileSchema.safeParse(candidate);
  if (result.success) return {};
  const problems: Partial<Record<string, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'profile';
    problems[field] ??= issue.message;
  }
  return problems;
}
