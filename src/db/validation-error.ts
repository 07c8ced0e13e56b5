import { describeFirstIssue } from './schema-helpers';

/** A record refused by its schema. `field` names the first field at fault, for the form to show beside it. */
export class InvalidRecordError extends Error {
  readonly field: string | null;
  /** The bare sentence, without the field name, for showing beside the field itself. */
  readonly sentence: string;
  constructor(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }) {
    super(describeFirstIssue(error));
    this.name = 'InvalidRecordError';
    this.field = error.issues[0]?.path.map(String).join('.') || null;
    this.sentence = error.issues[0]?.message ?? this.message;
  }
}

/** Parses with a zod schema, throwing InvalidRecordError with a readable message. */
export function parseRecord<T>(
  schema: { safeParse: (input: unknown) => { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } } },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidRecordError(result.error);
  return result.data;
}
