// Types of the virtual modules made by src/content/build/vite-plugin-content.ts.
declare module 'virtual:regain-content/index' {
  const pages: import('./content-types').PageSummary[];
  export default pages;
}
declare module 'virtual:regain-content/pages' {
  const loaders: Record<string, () => Promise<{ default: import('./content-types').ContentPage }>>;
  export default loaders;
}
declare module 'virtual:regain-content/triage' {
  const triage: {
    redFlagCheck: import('./schemas/triage-schema').RedFlagCheck & { introHtml: string };
    symptomChecklist: import('./schemas/symptom-checklist-schema').SymptomChecklist & { introHtml: string };
  };
  export default triage;
}
declare module 'virtual:regain-content/plans' {
  const plans: import('./content-types').CompiledPlan[];
  export default plans;
}
