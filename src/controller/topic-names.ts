// Topic name rules as Kafka applies them (clients/.../common/internals/Topic.java): ASCII
// letters, digits, '.', '_' and '-'; 1 to 249 characters; not "." or "..". Because Kafka's metric
// names turn '.' into '_', two topics whose names differ only there would collide, so a name that
// matches an existing one after that substitution is refused too.

/** The longest legal topic name: 255 minus room for a partition suffix and a deletion marker. */
export const TOPIC_NAME_LENGTH_MAX = 249;

const legalCharacters = /^[a-zA-Z0-9._-]+$/;

/** Why a name is illegal (a message for INVALID_TOPIC_EXCEPTION), or null when it is legal. */
export function topicNameProblem(name: string): string | null {
  if (name.length === 0) return 'Topic name is illegal: it is empty';
  if (name === '.' || name === '..') return `Topic name "${name}" is illegal: "." and ".." are reserved`;
  if (name.length > TOPIC_NAME_LENGTH_MAX) {
    return `Topic name is illegal: it is longer than ${TOPIC_NAME_LENGTH_MAX} characters: ${name}`;
  }
  if (!legalCharacters.test(name)) {
    return `Topic name "${name}" is illegal: only ASCII letters, digits, '.', '_' and '-' are allowed`;
  }
  return null;
}

/** True when the name holds a character that collides with another ('.' or '_'). */
export function hasCollisionCharacters(name: string): boolean {
  return name.includes('.') || name.includes('_');
}

/** The form two colliding names share: every '.' written as '_'. */
export function collisionKey(name: string): string {
  return name.replaceAll('.', '_');
}

/** True for Kafka's internal topic names (groups' offsets, transactions' state). */
export function isInternalTopic(name: string): boolean {
  return name === '__consumer_offsets' || name === '__transaction_state';
}
