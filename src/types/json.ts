/**
 * The JSON value types (response bodies, `resources.applicant_profile`), written out here so the published declarations import
 * nothing from other packages: a consumer that checks libraries (`skipLibCheck: false`) then
 * checks these few lines instead of a whole type utility package.
 */

/** A JSON primitive. */
export type JsonPrimitive = string | number | boolean | null;

/** A JSON object; keys may be absent, as after `JSON.parse` of an object without them. */
export type JsonObject = { [Key in string]: JsonValue } & { [Key in string]?: JsonValue | undefined };

/** A JSON array, mutable or not. */
export type JsonArray = JsonValue[] | readonly JsonValue[];

/** Any value `JSON.parse` can return. */
export type JsonValue = JsonPrimitive | JsonObject | JsonArray;
