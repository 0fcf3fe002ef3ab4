/** The Japanese texts the first paint needs, loaded before the page mounts in Japanese; by area. */
import * as format from './format';
import * as ui from './ui';
import * as uiLoop from './ui-loop';
import * as uiResults from './ui-results';
import * as loop from './loop';
import * as request from './request';
import * as requestMessages from './request-messages';
import * as prefill from './prefill';
import * as tenant from './tenant';
import * as flows from './flows';
import * as flowsDiagnoses from './flows-diagnoses';

export const texts = {
  format: format,
  ui: ui,
  'ui-loop': uiLoop,
  'ui-results': uiResults,
  loop: loop,
  request: request,
  'request-messages': requestMessages,
  prefill: prefill,
  tenant: tenant,
  flows: flows,
  'flows-diagnoses': flowsDiagnoses,
};
