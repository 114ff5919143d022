// The Admiralty (NATO) grading, in the plain words a reader needs: a source's reliability A–F and a piece
// of information's credibility 1–6 are judged separately.
export const sourceGrades = {
  A: { label: 'Completely reliable', meaning: 'No doubt about authenticity, trustworthiness or competence; a history of complete reliability.' },
  B: { label: 'Usually reliable', meaning: 'Minor doubts; a history of mostly valid information.' },
  C: { label: 'Fairly reliable', meaning: 'Doubts; has provided valid information in the past.' },
  D: { label: 'Not usually reliable', meaning: 'Significant doubts; has provided valid information in the past.' },
  E: { label: 'Unreliable', meaning: 'Lacks authenticity, trustworthiness and competence; a history of invalid information.' },
  F: { label: 'Reliability cannot be judged', meaning: 'No basis exists for judging the source.' },
} as const;

export const credibilityLevels = {
  1: { label: 'Confirmed', meaning: 'Confirmed by other independent sources; logical in itself; consistent with other information.' },
  2: { label: 'Probably true', meaning: 'Not confirmed; logical in itself; consistent with other information.' },
  3: { label: 'Possibly true', meaning: 'Not confirmed; reasonably logical; agrees with some other information.' },
  4: { label: 'Doubtful', meaning: 'Not confirmed; possible but not logical; no other information on the subject.' },
  5: { label: 'Improbable', meaning: 'Not confirmed; not logical in itself; contradicted by other information.' },
  6: { label: 'Truth cannot be judged', meaning: 'No basis exists for evaluating the validity of the information.' },
} as const;

export type SourceGrade = keyof typeof sourceGrades;
export type Credibility = keyof typeof credibilityLevels;

export function credibilityLevel(value: number) {
  return credibilityLevels[value as Credibility];
}
