import { networkTexts } from '../text/diagnoses/network';
import { gatherFacts, originOf } from './facts';
import type { Diagnosis, DiagnosisContext } from './types';

/** Diagnose an exchange that never produced a readable HTTP answer. */
export function diagnoseNetwork(context: DiagnosisContext): Diagnosis[] {
  const { exchange, request } = context;
  const facts = gatherFacts(context);
  const evidence = exchange.evidence.join(' ') || undefined;
  switch (exchange.state) {
    case 'cors-blocked': {
      if (exchange.url?.includes('/.well-known/jwks.json')) {
        return [{ id: 'network.cors-keys', severity: 'warning', evidence, ...networkTexts.corsKeys(facts) }];
      }
      if (exchange.url?.includes('/.well-known/openid-configuration')) {
        return [{ id: 'network.cors-discovery', severity: 'warning', evidence, ...networkTexts.corsDiscovery(facts) }];
      }
      // A console message pasted from another app is about that app's own request, normally a public client's.
      const secret = request ? request.clientAuth !== 'none' : exchange.transport !== 'pasted';
      const json = request ? request.encoding === 'json' : true;
      return [
        { id: 'network.cors-blocked', severity: 'warning', evidence, ...networkTexts.corsBlocked(facts, secret, json) },
      ];
    }
    case 'network-error': {
      const host = request?.tenant.host ?? originOf(exchange.url)?.replace(/^https?:\/\//, '');
      return [{ id: 'network.unreachable', severity: 'error', evidence, ...networkTexts.networkError(facts, host) }];
    }
    case 'timeout': {
      const seconds = Math.round((exchange.elapsedMs ?? 0) / 1000);
      return [{ id: 'network.timeout', severity: 'error', evidence, ...networkTexts.timeout(seconds) }];
    }
    case 'mixed-content':
      return [{ id: 'network.mixed-content', severity: 'error', evidence, ...networkTexts.mixedContent(facts) }];
    case 'redirect':
      return [
        { id: 'network.redirect', severity: 'error', evidence, ...networkTexts.redirect(facts, exchange.location) },
      ];
    case 'interrupted':
      return [{ id: 'network.interrupted', severity: 'error', evidence, ...networkTexts.interrupted(facts) }];
    case 'cancelled':
      return [{ id: 'network.cancelled', severity: 'info', evidence, ...networkTexts.cancelled() }];
    case 'page-error':
      return [{ id: 'network.page-error', severity: 'error', evidence, ...networkTexts.pageError() }];
    default:
      return [];
  }
}
