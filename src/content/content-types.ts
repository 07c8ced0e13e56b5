// The shapes the build-time pipeline emits and the Learn screens read. The
// runtime gets plain data and sanitized HTML strings: no markdown parser.

export interface SourceReference {
  id: string;
  citation: string;
}

export type PageKind = 'learn' | 'exercise' | 'sources';

export interface PageSummary {
  /** The app path the page lives at, e.g. /learn/protein-and-food. */
  path: string;
  kind: PageKind;
  title: string;
  summary: string;
  /** Learn pages: position in the list. */
  order?: number;
  /** Exercises: lowest plan level (0 bed or chair … 3 strong), category, equipment and muscles. */
  level?: number;
  category?: string;
  equipment?: string[];
  muscles?: string[];
}

export interface ContentPage extends PageSummary {
  /** Sanitized at build time. */
  html: string;
  sources: SourceReference[];
  /** Exercises: a line drawing of the movement. */
  picture?: ExercisePicture;
}

export interface ExercisePicture {
  /** Inline SVG, checked at build time, drawn in the text colour, with role="img" and its text alternative as aria-label. */
  svg: string;
  /** The text alternative, in plain words. */
  alt: string;
}

export interface SearchDocument {
  path: string;
  title: string;
  summary: string;
  /** The page's words as plain text, for offline search. */
  text: string;
}

export type SessionFocus = 'strength-lower' | 'strength-upper' | 'strength-full' | 'balance-core' | 'mobility';
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface PlanStep {
  exercise: string;
  /** The exercise's library page, for its how-to. */
  path: string;
  title: string;
  sets: number;
  reps?: number;
  seconds?: number;
  restSeconds: number;
  effort: string;
}

export interface PlanSession {
  id: string;
  title: string;
  focus: SessionFocus;
  exercises: PlanStep[];
}

export interface CompiledPlan {
  level: number;
  name: string;
  title: string;
  summary: string;
  introHtml: string;
  sources: SourceReference[];
  sessions: PlanSession[];
  week: Record<Weekday, string[]>;
}
