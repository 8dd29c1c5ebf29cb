// The official SDK's session-creation builders, loaded without its package entry: what an app
// that only builds sessions would load if the SDK were split by feature.
require('yoti/src/idv_service/session/create/session.specification.builder');
require('yoti/src/idv_service/session/create/check/requested.document.authenticity.check.builder');
require('yoti/src/idv_service/session/create/check/requested.liveness.check.builder');
require('yoti/src/idv_service/session/create/check/requested.face.match.check.builder');
require('yoti/src/idv_service/session/create/check/requested.watchlist.screening.check.builder');
require('yoti/src/idv_service/session/create/check/requested.third.party.identity.check.builder');
require('yoti/src/idv_service/session/create/task/requested.text.extraction.task.builder');
require('yoti/src/idv_service/session/create/task/requested.supplementary.doc.text.extraction.task.builder');
require('yoti/src/idv_service/session/create/filters/required.id.document.builder');
require('yoti/src/idv_service/session/create/filters/required.supplementary.document.builder');
require('yoti/src/idv_service/session/create/objective/proof.of.address.objective.builder');
