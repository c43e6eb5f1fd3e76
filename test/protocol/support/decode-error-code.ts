// Test helper: runs an action expected to fail decoding and returns the ProtocolDecodeError's
// stable code (tests match codes, never messages: STYLE.md §8).
import { ProtocolDecodeError } from '../../../src/protocol/primitives/errors.js';

/** The code of the ProtocolDecodeError `action` throws, or undefined if it returns normally. */
export function decodeErrorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ProtocolDecodeError) return error.code;
    throw error;
  }
  return undefined;
}
