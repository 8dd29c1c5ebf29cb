/**
 * Options of the builder methods. Keys are the JSON keys in camelCase; the runtime converts them
 * through the wire schema, so a key that does not exist there is reported, never dropped.
 * These interfaces are written out (not mapped from the wire types) for three reasons: each
 * option carries its own documentation for the editor, some options are deliberately stricter
 * than the JSON (literal checks, forbidden keys), and flat interfaces are the cheapest types to
 * check. `type-tests/options-match-wire.test-d.ts` proves every key maps onto a wire key.
 */
import type { CountryCode } from '../schema/countries.js';
import type {
  ApprovalCriteria,
  ChipData,
  IbvManualCheck,
  Inclusion,
  KnownIdDocumentType,
  KnownSupplementaryDocumentType,
  LivenessType,
  ManualCheck,
  WatchlistCategory,
} from '../schema/enums.js';
import type { NoManualReviewMessage } from '../messages.js';
import type { ConfigError, Fraction, PositiveInteger } from './config-error.js';
import type { CountryCodes } from './country-alpha-2.js';

declare const unlistedBrand: unique symbol;
/**
 * A document type string the library does not list yet, made explicit with `unlisted()`.
 * It must still be UPPER_SNAKE_CASE; the runtime checks that.
 */
export type UnlistedValue = string & { readonly [unlistedBrand]: true };

/** An ID document type: a known one, or `unlisted('RESIDENCE_PERMIT')` for one Yoti added later. */
export type IdDocumentType = KnownIdDocumentType | UnlistedValue;
/** A supplementary document type: a known one, or `unlisted('...')`. */
export type SupplementaryDocumentType = KnownSupplementaryDocumentType | UnlistedValue;

/** Options of `check.documentAuthenticity()`; all optional. */
export interface DocumentAuthenticityOptions {
  /** Human review: `ALWAYS`, `FALLBACK` (only when the automated check fails) or `NEVER`. */
  readonly manualCheck?: ManualCheck;
  /** Also check the issuing authority of matching documents. */
  readonly issuingAuthoritySubCheck?: { readonly requested: boolean; readonly filter?: DocumentFilter };
}

/** Options of `check.documentComparison()`: there are none to set. */
export interface DocumentComparisonOptions {
  /** Document comparison is automated only. */
  readonly manualCheck?: ConfigError<NoManualReviewMessage<'check.documentComparison'>>;
}

/** Options of `check.faceMatch()`. */
export interface FaceMatchOptions {
  /** Required: human review of the face match, `ALWAYS`, `FALLBACK` or `NEVER`. */
  readonly manualCheck: ManualCheck;
}

/** Options of `check.liveness()`; both are sent, with the SDKs' defaults when omitted. */
export interface LivenessOptions<Retries extends number = number> {
  /** `ZOOM` (active, the default) or `STATIC` (passive). */
  readonly livenessType?: LivenessType;
  /** Completed attempts allowed, a whole number of 1 or more (default 1; Yoti recommends 3). */
  readonly maxRetries?: Retries & PositiveInteger<Retries, 'maxRetries'>;
  /** Liveness is automated only. */
  readonly manualCheck?: ConfigError<NoManualReviewMessage<'check.liveness'>>;
}

/** Options of `check.faceComparison()`. */
export interface FaceComparisonOptions {
  /** Required by the API. Yoti has no manual review for face comparison: use `NEVER`. */
  readonly manualCheck: ManualCheck;
}

/** Options of `check.thirdPartyIdentity()`. */
export interface ThirdPartyIdentityOptions {
  /** Human review of the address check. */
  readonly manualCheck?: ManualCheck;
}

/** Options of `check.watchlistScreening()`. */
export interface WatchlistScreeningOptions<Categories extends readonly WatchlistCategory[] = readonly WatchlistCategory[]> {
  /**
   * `SANCTIONS` and/or `ADVERSE-MEDIA`. Duplicates are dropped. An empty list, `null` or no list
   * is what some official SDKs send; it is accepted with the advisory `empty_watchlist_categories`.
   */
  readonly categories?: Categories | null;
  /** Watchlist screening is automated only. */
  readonly manualCheck?: ConfigError<NoManualReviewMessage<'check.watchlistScreening'>>;
}

/** Which ComplyAdvantage sources are searched. */
export type AdvancedCaSources =
  | { readonly type: 'TYPE_LIST'; readonly types: readonly string[] }
  | { readonly type: 'PROFILE'; readonly searchProfile: string };

/** How names are matched: exactly, or fuzzily with a fuzziness from 0 to 1. */
export type AdvancedCaMatchingStrategy<Fuzziness extends number = number> =
  | { readonly type: 'EXACT'; readonly exactMatch?: boolean }
  | { readonly type: 'FUZZY'; readonly fuzziness: Fuzziness & Fraction<Fuzziness, 'fuzziness'> };

interface AdvancedCaCommonOptions<Fuzziness extends number> {
  readonly removeDeceased?: boolean;
  readonly shareUrl?: boolean;
  /** Which sources are searched; without it Yoti searches all of them (its AML page). */
  readonly sources?: AdvancedCaSources;
  /** How names are matched; without it Yoti matches with 50% fuzziness (its AML page). */
  readonly matchingStrategy?: AdvancedCaMatchingStrategy<Fuzziness>;
  /** Advanced watchlist screening is automated only. */
  readonly manualCheck?: ConfigError<NoManualReviewMessage<'check.watchlistAdvancedCa'>>;
}

/** Options of `check.watchlistAdvancedCa()`: on Yoti's ComplyAdvantage account, or on your own. */
export type WatchlistAdvancedCaOptions<Fuzziness extends number = number> =
  | (AdvancedCaCommonOptions<Fuzziness> & { readonly type: 'WITH_YOTI_ACCOUNT' })
  | (AdvancedCaCommonOptions<Fuzziness> & {
      readonly type: 'WITH_CUSTOM_ACCOUNT';
      /** Your ComplyAdvantage API key. It is part of the payload, but never shown in error messages. */
      readonly apiKey: string;
      readonly clientRef: string;
      readonly monitoring?: boolean;
      readonly tags?: Readonly<Record<string, string>>;
    });

/** Options of `task.textExtraction()`; all optional. */
export interface TextExtractionOptions {
  /** Human review of the extracted data; the Java, Go and .NET SDKs may leave it out. */
  readonly manualCheck?: ManualCheck;
  /** Read the document's NFC chip: `DESIRED` or `IGNORE`. */
  readonly chipData?: ChipData;
  /** Also return the expanded set of document fields. */
  readonly createExpandedDocumentFields?: boolean;
}

/** Options of `task.supplementaryTextExtraction()`; all optional. */
export interface SupplementaryTextExtractionOptions {
  /** Human review of the extracted data; the Go and .NET SDKs may leave it out. */
  readonly manualCheck?: ManualCheck;
}

/** Options of `check.familiarFaceSearch()`: search a pool of faces Yoti holds for you. */
export interface FamiliarFaceSearchOptions {
  /** The id of the face pool to search. */
  readonly poolId: string;
  /** `MATCH`: pass when the face is found in the pool; `NO_MATCH`: pass when it is not. */
  readonly approvalCriteria: ApprovalCriteria;
}

/** Options of the In-Branch Verification checks `check.ibvVisualReview()` and `check.profileDocumentMatch()`. */
export interface IbvCheckOptions {
  /** Human review: `ALWAYS`, `FALLBACK`, `NEVER`, or `IBV` (by the branch). */
  readonly manualCheck?: IbvManualCheck;
}

/** Options of `check.documentSchemeValidity()`, an In-Branch Verification check. */
export interface DocumentSchemeValidityOptions extends IbvCheckOptions {
  /** The scheme the document must be valid for, such as `UK_DBS`. */
  readonly scheme: string;
}

/**
 * Restrict documents by country and by type, independently. `Codes` only carries the country
 * literals the compiler checks; you never write it.
 */
export interface OrthogonalRestrictionsFilter<Codes extends readonly string[] = readonly CountryCode[]> {
  /** The filter kind. */
  readonly type: 'ORTHOGONAL_RESTRICTIONS';
  /** Issuing countries allowed (`WHITELIST`) or refused (`BLACKLIST`). */
  readonly countryRestriction?: { readonly inclusion: Inclusion; readonly countryCodes: Codes & CountryCodes<Codes> };
  /** Document types allowed (`WHITELIST`) or refused (`BLACKLIST`). */
  readonly typeRestriction?: { readonly inclusion: Inclusion; readonly documentTypes: readonly IdDocumentType[] };
  /** Accept documents past their expiry date. */
  readonly allowExpiredDocuments?: boolean;
  /** Accept documents in a non-Latin script. */
  readonly allowNonLatinDocuments?: boolean;
}

/** Restrict documents by country-and-type combinations. */
export interface DocumentRestrictionsFilter {
  /** The filter kind. */
  readonly type: 'DOCUMENT_RESTRICTIONS';
  /** Whether the listed combinations are the only ones allowed (`WHITELIST`) or the ones refused (`BLACKLIST`). */
  readonly inclusion: Inclusion;
  /** Country-and-type combinations; an entry without countries or types matches any. */
  readonly documents: readonly {
    readonly countryCodes?: readonly CountryCode[];
    readonly documentTypes?: readonly IdDocumentType[];
  }[];
  /** Accept documents past their expiry date. */
  readonly allowExpiredDocuments?: boolean;
  /** Accept documents in a non-Latin script. */
  readonly allowNonLatinDocuments?: boolean;
}

/** The `filter` of a document: one of the two filter kinds. */
export type DocumentFilter<Codes extends readonly string[] = readonly CountryCode[]> = OrthogonalRestrictionsFilter<Codes> | DocumentRestrictionsFilter;

/** Options of `document.id()`. `Codes` carries the checked country literals of the filter. */
export interface IdDocumentOptions<Codes extends readonly string[] = readonly CountryCode[]> {
  /** Which ID documents are accepted. */
  readonly filter?: DocumentFilter<Codes>;
}

/**
 * Options of `document.supplementary()` beyond the objective and the document types. `Codes` and
 * `FilterCodes` carry the checked country literals.
 */
export interface SupplementaryDocumentOptions<
  Codes extends readonly string[] = readonly CountryCode[],
  FilterCodes extends readonly string[] = readonly CountryCode[],
> {
  /** Countries the document may come from (ISO 3166-1 alpha-3). */
  readonly countryCodes?: Codes & CountryCodes<Codes>;
  /** Which documents are accepted (only the Go SDK sends a filter on supplementary documents). */
  readonly filter?: DocumentFilter<FilterCodes>;
}
