// The official SDK's builders for the seed session, for comparison. They are required file by
// file: the package entry also loads the whole SDK (HTTP client, crypto, protobuf).
const SessionSpecificationBuilder = require('yoti/src/idv_service/session/create/session.specification.builder');
const RequestedDocumentAuthenticityCheckBuilder = require('yoti/src/idv_service/session/create/check/requested.document.authenticity.check.builder');
const RequestedLivenessCheckBuilder = require('yoti/src/idv_service/session/create/check/requested.liveness.check.builder');
const RequestedFaceMatchCheckBuilder = require('yoti/src/idv_service/session/create/check/requested.face.match.check.builder');
const RequestedWatchlistScreeningCheckBuilder = require('yoti/src/idv_service/session/create/check/requested.watchlist.screening.check.builder');
const RequestedThirdPartyIdentityCheckBuilder = require('yoti/src/idv_service/session/create/check/requested.third.party.identity.check.builder');
const RequestedTextExtractionTaskBuilder = require('yoti/src/idv_service/session/create/task/requested.text.extraction.task.builder');
const RequestedSupplementaryDocTextExtractionTaskBuilder = require('yoti/src/idv_service/session/create/task/requested.supplementary.doc.text.extraction.task.builder');
const RequiredIdDocumentBuilder = require('yoti/src/idv_service/session/create/filters/required.id.document.builder');
const RequiredSupplementaryDocumentBuilder = require('yoti/src/idv_service/session/create/filters/required.supplementary.document.builder');
const ProofOfAddressObjectiveBuilder = require('yoti/src/idv_service/session/create/objective/proof.of.address.objective.builder');

const session = new SessionSpecificationBuilder()
  .withClientSessionTokenTtl(1200)
  .withResourcesTtl(2630000)
  .withUserTrackingId('string')
  .withBlockBiometricConsent(false)
  .withRequestedCheck(new RequestedDocumentAuthenticityCheckBuilder().withManualCheckFallback().build())
  .withRequestedCheck(new RequestedLivenessCheckBuilder().forZoomLiveness().withMaxRetries(3).build())
  .withRequestedCheck(new RequestedFaceMatchCheckBuilder().withManualCheckFallback().build())
  .withRequestedCheck(new RequestedWatchlistScreeningCheckBuilder().withSanctionsCategory().withAdverseMediaCategory().build())
  .withRequestedCheck(new RequestedThirdPartyIdentityCheckBuilder().build())
  .withRequestedTask(new RequestedTextExtractionTaskBuilder().withManualCheckFallback().build())
  .withRequestedTask(new RequestedSupplementaryDocTextExtractionTaskBuilder().withManualCheckFallback().build())
  .withRequiredDocument(new RequiredIdDocumentBuilder().build())
  .withRequiredDocument(
    new RequiredSupplementaryDocumentBuilder()
      .withObjective(new ProofOfAddressObjectiveBuilder().build())
      .withDocumentTypes(['COUNCIL_TAX_BILL', 'PHONE_BILL', 'UTILITY_BILL'])
      .build(),
  )
  .build();

console.log(JSON.stringify({ name: 'My Custom Session config', is_private: false, session_config: session }));
