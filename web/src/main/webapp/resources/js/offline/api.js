// Vigil's REST API as the offline form uses it: each call answers { status, body } or throws Offline when there is
// no network. Problems come back in the user's language (Accept-Language).
import { Offline } from './queue.js';
import { b64 } from './vault.js';

const API = '/api/v1';

export function makeApi(language) {
  async function call(method, path, { json, form, headers = {} } = {}) {
    const init = { method, credentials: 'same-origin', headers: { 'Accept-Language': language(), Accept: 'application/json', ...headers } };
    if (json !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(json);
    }
    if (form) init.body = form;
    let response;
    try {
      response = await fetch(API + path, init);
    } catch (e) {
      throw new Offline(String(e));
    }
    let body = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) body = await response.json();
    if (response.redirected || type.includes('text/html')) {
      return { status: 401, body: null }; // the session ended: the sign-in page answered
    }
    return { status: response.status, body };
  }

  return {
    me: () => call('GET', '/me'),
    key: () => call('GET', '/me/offline/key'),
    texts: () => call('GET', '/me/offline/texts'),
    bundle: (from, limit) => call('GET', `/me/offline/visits?limit=${limit}` + (from ? `&from=${from}` : '')),
    signOut: () => call('POST', '/me/offline/sign-out'),
    visit: (id) => call('GET', `/visits/${id}`),
    record: (id) => call('GET', `/visits/${id}/record`),
    begin: (id, key) => call('POST', `/visits/${id}/record`, { headers: { 'Idempotency-Key': key } }),
    // the sync needs only the new version back, not the whole record it already holds (RFC 7240's return=minimal)
    save: (id, version, content, key) =>
      call('PUT', `/visits/${id}/record?version=${version}`, {
        json: content,
        headers: { 'Idempotency-Key': key, Prefer: 'return=minimal' },
      }),
    amend: (id, command, key) =>
      call('POST', `/visits/${id}/record/amendments`, { json: command, headers: { 'Idempotency-Key': key } }),
    /** photo: { name, type, sha256 (base64), capturedAt, bytes: ArrayBuffer } */
    upload: (visitId, photo, key) => {
      const form = new FormData();
      form.append('file', new Blob([photo.bytes], { type: photo.type }), photo.name);
      if (photo.capturedAt) form.append('capturedAt', photo.capturedAt);
      return call('POST', `/visits/${visitId}/evidence`, {
        form,
        headers: { 'Idempotency-Key': key, 'Repr-Digest': `sha-256=:${photo.sha256}:` },
      });
    },
  };
}

export async function sha256Base64(bytes) {
  return b64(await crypto.subtle.digest('SHA-256', bytes));
}
