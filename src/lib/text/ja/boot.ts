/** The Japanese texts the first paint needs, loaded before the page mounts in Japanese; by area. */
import { formatTexts as format_formatTexts } from './format';
import { ui as ui_ui } from './ui';
import { loopLabels as uiLoop_loopLabels } from './ui-loop';
import { resultsUi as uiResults_resultsUi } from './ui-results';
import { loopUi as loop_loopUi } from './loop';
import {
  fieldLabels as request_fieldLabels,
  fieldHelp as request_fieldHelp,
  grantLabels as request_grantLabels,
  clientAuthLabels as request_clientAuthLabels,
  encodingLabels as request_encodingLabels,
  encodingHelp as request_encodingHelp,
} from './request';
import { requestMessages as requestMessages_requestMessages } from './request-messages';
import { prefillMessages as prefill_prefillMessages, queryMessages as prefill_queryMessages } from './prefill';
import { tenantMessages as tenant_tenantMessages, tenantNotes as tenant_tenantNotes } from './tenant';
import { flowTexts as flows_flowTexts } from './flows';
import { flowDiagnoses as flowsDiagnoses_flowDiagnoses } from './flows-diagnoses';
import { endpointTexts as endpoints_endpointTexts } from './endpoints';

export const texts = {
  format: { formatTexts: format_formatTexts },
  ui: { ui: ui_ui },
  'ui-loop': { loopLabels: uiLoop_loopLabels },
  'ui-results': { resultsUi: uiResults_resultsUi },
  loop: { loopUi: loop_loopUi },
  request: {
    fieldLabels: request_fieldLabels,
    fieldHelp: request_fieldHelp,
    grantLabels: request_grantLabels,
    clientAuthLabels: request_clientAuthLabels,
    encodingLabels: request_encodingLabels,
    encodingHelp: request_encodingHelp,
  },
  'request-messages': { requestMessages: requestMessages_requestMessages },
  prefill: { prefillMessages: prefill_prefillMessages, queryMessages: prefill_queryMessages },
  tenant: { tenantMessages: tenant_tenantMessages, tenantNotes: tenant_tenantNotes },
  flows: { flowTexts: flows_flowTexts },
  'flows-diagnoses': { flowDiagnoses: flowsDiagnoses_flowDiagnoses },
  endpoints: { endpointTexts: endpoints_endpointTexts },
};
