import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSigningKey, type SigningKey } from '../../src/demo/emulator/keys';
import { handleTenantRequest } from '../../src/demo/emulator/tenant';
import type { TenantConfig } from '../../src/demo/emulator/types';

/** What an override sees of a request; it answers on the raw response, so it can also cut an answer short. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}
export type Override = (request: SeenRequest, response: ServerResponse) => void;

export interface LocalTenant {
  origin: string;
  /** Change between sends, as a person flips switches in the Dashboard. */
  config: TenantConfig;
  key: SigningKey;
  /** Milliseconds to wait before answering; Infinity never answers. */
  delayMs: number;
  requests: { method: string; path: string; origin?: string }[];
  /** What the tenant remembers between requests: the user side (emulator/user-side.ts) reads and acts on it. */
  memory: object;
  /** Milliseconds added to the tenant's clock, so a test that moves the page's clock moves the tenant's too. */
  clockOffsetMs: number;
  /** Answer `METHOD /path` (query left out) with a handler of the test's own instead of the emulator. */
  override(route: string, handler: Override): void;
  close(): Promise<void>;
}

/** Start the Auth0-like tenant on 127.0.0.1 on a free port; the emulator decides every answer. */
export async function startTenant(configure: (origin: string) => Omit<TenantConfig, 'origin'>): Promise<LocalTenant> {
  const key = await createSigningKey();
  // What the tenant remembers between requests (issued codes, pending device codes…), for this server's life.
  const memory = {};
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const overrides = new Map<string, Override>();
  const tenant: LocalTenant = {
    origin,
    config: { origin, ...configure(origin) },
    key,
    delayMs: 0,
    requests: [],
    memory,
    clockOffsetMs: 0,
    override: (route, handler) => overrides.set(route, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', async (request, response) => {
    const body = await readBody(request);
    tenant.requests.push({ method: request.method ?? '', path: request.url ?? '', origin: request.headers.origin });
    if (tenant.delayMs === Infinity) return;
    if (tenant.delayMs) await new Promise((resolve) => setTimeout(resolve, tenant.delayMs));
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    const path = request.url ?? '/';
    const override = overrides.get(`${request.method ?? 'GET'} ${path.split('?')[0] ?? ''}`);
    if (override) {
      override({ method: request.method ?? 'GET', path, headers, body }, response);
      return;
    }
    const answer = await handleTenantRequest(
      { method: request.method ?? 'GET', path: request.url ?? '/', headers, body },
      tenant.config,
      key,
      Date.now() + tenant.clockOffsetMs,
      memory,
    );
    response.writeHead(answer.status, answer.headers).end(answer.body);
  });
  server.on('connection', (socket) => socket.unref());
  return tenant;
}

/** A host that only records what reaches it (and answers every request, CORS open, as a collector would). */
export interface Recorder {
  origin: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const recorder: Recorder = {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', async (request, response) => {
    const body = await readBody(request);
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    recorder.requests.push({ method: request.method ?? '', path: request.url ?? '', headers, body });
    response
      .writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': '*',
      })
      .end('{"access_token":"collected","token_type":"Bearer","keys":[]}');
  });
  server.on('connection', (socket) => socket.unref());
  return recorder;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** The tenant of the seed story: a regular web app with a secret, Password grant off, no Default Directory. */
export function seedTenant(pageOrigin: string) {
  return (origin: string): Omit<TenantConfig, 'origin'> => ({
    connections: ['Username-Password-Authentication'],
    users: [
      {
        username: 'dev@example.com',
        password: 'correct horse',
        connection: 'Username-Password-Authentication',
        userId: 'auth0|65091da7a8016ed26fb882fa',
      },
    ],
    clients: [
      {
        clientId: 'Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy',
        clientSecret: 'seed-client-secret-3f9a',
        authMethod: 'client_secret_post',
        grantTypes: ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'],
        allowedOrigins: [pageOrigin],
      },
    ],
    apis: [{ identifier: 'https://api.example.com/', scopes: ['read:messages'] }],
    clientGrants: [
      { clientId: 'Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy', audience: `${origin}/api/v2/`, scope: ['read:users'] },
    ],
  });
}
