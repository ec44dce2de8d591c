/** One invalid setting: the variable, what is wrong with its value, and how to fix it. */
export interface ConfigProblem {
  variable: string;
  problem: string;
  fix: string;
}

/** Raised when the environment cannot produce a valid configuration; lists every problem found. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

function formatProblems(problems: readonly ConfigProblem[]): string {
  const lines = problems.map((p) => `  - ${p.variable}: ${p.problem}. ${p.fix}`);
  const noun = problems.length === 1 ? 'setting' : 'settings';
  return [`Invalid configuration (${problems.length} ${noun}); no request was sent:`, ...lines].join('\n');
}
