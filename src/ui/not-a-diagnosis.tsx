/** The standing reminder that Regain gives information, not a diagnosis. */
export function NotADiagnosis() {
  return (
    <p className="not-a-diagnosis">
      Regain gives general information. It is not a diagnosis. If you are worried, or in doubt, call
      a doctor.
    </p>
  );
}
