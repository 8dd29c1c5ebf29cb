/**
 * The option interfaces are written out for documentation and stricter literals; this file
 * proves that every option key is the camelCase of a key of the JSON it becomes, so the two
 * cannot drift apart.
 */
import { expectType } from 'tsd';
import type {
  DocumentAuthenticityOptions,
  DocumentFilterJson,
  DocumentRestrictionsFilter,
  DocumentSchemeValidityOptions,
  FaceMatchOptions,
  FamiliarFaceSearchOptions,
  IbvCheckOptions,
  LivenessOptions,
  OrthogonalRestrictionsFilter,
  RequestedCheckJson,
  RequestedTaskJson,
  RequiredDocumentJson,
  SupplementaryDocumentOptions,
  TextExtractionOptions,
  ThirdPartyIdentityOptions,
  WatchlistAdvancedCaOptions,
  WatchlistScreeningOptions,
} from 'yoti-session-config';

type Camel<Key extends string> = Key extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : Key;
type CamelKeys<Json> = Json extends unknown ? Camel<keyof Json & string> : never;
type ConfigOf<Type extends RequestedCheckJson['type'] | RequestedTaskJson['type']> = Extract<
  RequestedCheckJson | RequestedTaskJson,
  { type: Type }
>['config'];
/** `true` when every key of `Options` names a key of `Json` once camelCased. */
type KeysMatch<Options, Json> = [Exclude<keyof Options, CamelKeys<Json>>] extends [never] ? true : Exclude<keyof Options, CamelKeys<Json>>;

expectType<true>({} as KeysMatch<DocumentAuthenticityOptions, ConfigOf<'ID_DOCUMENT_AUTHENTICITY'>>);
expectType<true>({} as KeysMatch<FaceMatchOptions, ConfigOf<'ID_DOCUMENT_FACE_MATCH'>>);
expectType<true>({} as KeysMatch<LivenessOptions, ConfigOf<'LIVENESS'>>);
expectType<true>({} as KeysMatch<ThirdPartyIdentityOptions, ConfigOf<'THIRD_PARTY_IDENTITY'>>);
expectType<true>({} as KeysMatch<WatchlistScreeningOptions, ConfigOf<'WATCHLIST_SCREENING'> & { manual_check?: never }>);
expectType<true>({} as KeysMatch<WatchlistAdvancedCaOptions, ConfigOf<'WATCHLIST_ADVANCED_CA'> & { manual_check?: never }>);
expectType<true>({} as KeysMatch<TextExtractionOptions, ConfigOf<'ID_DOCUMENT_TEXT_DATA_EXTRACTION'>>);
expectType<true>({} as KeysMatch<OrthogonalRestrictionsFilter, Extract<DocumentFilterJson, { type: 'ORTHOGONAL_RESTRICTIONS' }>>);
expectType<true>({} as KeysMatch<DocumentRestrictionsFilter, Extract<DocumentFilterJson, { type: 'DOCUMENT_RESTRICTIONS' }>>);
expectType<true>({} as KeysMatch<SupplementaryDocumentOptions, Extract<RequiredDocumentJson, { type: 'SUPPLEMENTARY_DOCUMENT' }>>);
expectType<true>({} as KeysMatch<FamiliarFaceSearchOptions, ConfigOf<'FAMILIAR_FACE_SEARCH'>>);
expectType<true>({} as KeysMatch<IbvCheckOptions, NonNullable<ConfigOf<'IBV_VISUAL_REVIEW_CHECK'>>>);
expectType<true>({} as KeysMatch<IbvCheckOptions, NonNullable<ConfigOf<'PROFILE_DOCUMENT_MATCH'>>>);
expectType<true>({} as KeysMatch<DocumentSchemeValidityOptions, ConfigOf<'DOCUMENT_SCHEME_VALIDITY_CHECK'>>);
