/**
 * The assertions of `tsd`, for compiling type tests with a plain `tsc` of another TypeScript
 * version (see type-matrix.ts). Plain `tsc` can only check what a signature can say:
 * - `expectType<T>(value)` and `expectAssignable<T>(value)` check that `value` is assignable to
 *   `T` (tsd itself checks that `expectType`'s types are identical);
 * - `expectError(...)` is checked by the runner: the call must contain an error;
 * - the negative and documentation assertions compile but check nothing here; tsd checks them.
 */
export declare function expectType<T>(value: T): void;
export declare function expectAssignable<T>(value: T): void;
export declare function expectError<T = any>(value: T): void;
export declare function expectNotType<T>(value: any): void;
export declare function expectNotAssignable<T>(value: any): void;
export declare function expectNever(value: never): never;
export declare function expectDeprecated(value: any): void;
export declare function expectNotDeprecated(value: any): void;
export declare function expectDocCommentIncludes<T>(value: any): void;
export declare function printType(value: any): void;
