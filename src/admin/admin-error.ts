// The one error of Weir's admin operations (src/admin/): what failed, in a sentence, and why, as
// a kind a caller can map (the CLI to an exit code, the HTTP API to a status code). The Kafka
// error name is kept when a broker refused the operation.

/** Why an admin operation failed. */
export type AdminFailure =
  /** The broker could not be reached, or did not answer in time. */
  | 'unavailable'
  /** The broker refused the operation with a Kafka error. */
  | 'refused'
  /** The topic or partition does not exist. */
  | 'not-found'
  /** The request itself is wrong (a bad value, an unknown partition). */
  | 'invalid';

/** A failed admin operation. */
export class AdminError extends Error {
  readonly code = 'ADMIN_ERROR';
  constructor(message: string, readonly failure: AdminFailure, readonly kafkaError: string | null = null) {
    super(message);
    this.name = 'AdminError';
  }
}
