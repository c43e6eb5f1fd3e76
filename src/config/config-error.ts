// The error a bad node configuration raises: it names the key and the problem, so that an
// operator can fix the file, and the node exits before it opens any port (STYLE.md §8).

/** A configuration key is missing, unknown, malformed or out of range. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  /** The offending key ('' when the problem is the syntax of a line). */
  readonly key: string;
  /** The 1-based line of the properties file, when the value came from one. */
  readonly line: number | undefined;

  constructor(message: string, where: { key: string; line?: number | undefined }) {
    super(message);
    this.name = 'ConfigError';
    this.key = where.key;
    this.line = where.line;
  }
}
