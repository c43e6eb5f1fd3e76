// Deep equality of decoded message values, used by generated encoders to ask whether a struct field
// still holds its default (Kafka writes a tagged struct only when it differs from the default, and
// refuses a non-default struct in a version that lacks it). Values are plain data: numbers,
// bigints, strings, booleans, null, Uint8Array, arrays and plain objects.

/** True when `left` and `right` hold the same plain data; an absent key equals `undefined`. */
export function structurallyEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (left instanceof Uint8Array || right instanceof Uint8Array) {
    if (!(left instanceof Uint8Array && right instanceof Uint8Array) || left.length !== right.length) return false;
    for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
    return true;
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!(Array.isArray(left) && Array.isArray(right)) || left.length !== right.length) return false;
    return left.every((item, index) => structurallyEqual(item, right[index]));
  }
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const keys = new Set([...Object.keys(leftRecord), ...Object.keys(rightRecord)]);
  for (const key of keys) {
    const leftValue = leftRecord[key];
    const rightValue = rightRecord[key];
    // An empty list of unknown tagged fields is the same as none.
    if (key === 'unknownTaggedFields' && isEmptyList(leftValue) && isEmptyList(rightValue)) continue;
    if (!structurallyEqual(leftValue, rightValue)) return false;
  }
  return true;
}

function isEmptyList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}
