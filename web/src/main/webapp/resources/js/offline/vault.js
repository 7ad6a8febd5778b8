// The tablet's encrypted store: IndexedDB "vigil-offline", every record, photo and the visits taken offline sealed
// with AES-GCM under a data key. The data key is kept only wrapped (AES-GCM under the user's wrapping key, which the
// server hands to the signed-in user online) in store "meta"; while the user is signed in, the unwrapped key is kept
// as a non-extractable CryptoKey in store "session" (so a reload without a network still opens the records), and
// signing out deletes it: from then on nothing on the tablet can be read until the user signs in online again.

const DB = 'vigil-offline';
const STORES = ['meta', 'session', 'bundle', 'records', 'photos'];
const te = new TextEncoder();
const td = new TextDecoder();

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      for (const name of STORES) {
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function tx(store, mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const t = db.transaction(store, mode);
      const result = work(t.objectStore(store));
      t.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  } finally {
    db.close();
  }
}

const get = (store, key) => tx(store, 'readonly', (s) => s.get(key));
const put = (store, key, value) => tx(store, 'readwrite', (s) => s.put(value, key));
const del = (store, key) => tx(store, 'readwrite', (s) => s.delete(key));
const all = (store) => tx(store, 'readonly', (s) => s.getAll());
const clear = (store) => tx(store, 'readwrite', (s) => s.clear());

const b64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const unb64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export class Vault {
  constructor(key, username) {
    this.key = key;
    this.username = username;
  }

  /** Who the tablet's offline data belong to (stored in clear), or null. */
  static async owner() {
    const wrapped = await get('meta', 'dataKey');
    return wrapped ? wrapped.username : null;
  }

  /**
   * Online, signed in: unwraps the tablet's data key with the user's wrapping key (making one the first time) and
   * keeps it for the session. Refuses a tablet whose data belong to another user.
   */
  static async unlock(username, wrappingKeyBase64) {
    const wrapping = await crypto.subtle.importKey('raw', unb64(wrappingKeyBase64), 'AES-GCM', false, [
      'wrapKey',
      'unwrapKey',
    ]);
    let stored = await get('meta', 'dataKey');
    if (stored && stored.username !== username) throw new Error('otherUser:' + stored.username);
    if (!stored) {
      const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const wrapped = await crypto.subtle.wrapKey('raw', fresh, wrapping, { name: 'AES-GCM', iv });
      stored = { username, iv, wrapped };
      await put('meta', 'dataKey', stored);
    }
    const key = await crypto.subtle.unwrapKey(
      'raw', stored.wrapped, wrapping, { name: 'AES-GCM', iv: stored.iv }, { name: 'AES-GCM' }, false,
      ['encrypt', 'decrypt'],
    );
    await put('session', 'key', { username, key });
    return new Vault(key, username);
  }

  /** Offline or without the server: the key of a session still signed in on this tablet, or null. */
  static async resume() {
    const session = await get('session', 'key');
    return session ? new Vault(session.key, session.username) : null;
  }

  /** Signing out: only the wrapped key stays, so the records cannot be read until an online sign-in. */
  static async lock() {
    await clear('session');
  }

  async seal(bytes) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, this.key, bytes);
    return { iv, data };
  }

  async open(sealed) {
    return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, this.key, sealed.data);
  }

  async sealJson(value) {
    return this.seal(te.encode(JSON.stringify(value)));
  }

  async openJson(sealed) {
    return JSON.parse(td.decode(await this.open(sealed)));
  }

  async saveBundle(bundle) {
    await put('bundle', 'current', await this.sealJson(bundle));
  }

  async bundle() {
    const sealed = await get('bundle', 'current');
    return sealed ? this.openJson(sealed) : null;
  }

  async saveEntry(entry) {
    await put('records', String(entry.visitId), await this.sealJson(entry));
  }

  async deleteEntry(visitId) {
    await del('records', String(visitId));
    for (const photo of await this.photos()) {
      if (photo.visitId === visitId) await del('photos', photo.id);
    }
  }

  async entries() {
    return Promise.all((await all('records')).map((sealed) => this.openJson(sealed)));
  }

  /** Keeps a photo: its description and its bytes, each sealed. */
  async savePhoto(photo, bytes) {
    const sealedBytes = bytes ? await this.seal(bytes) : (await get('photos', photo.id)).bytes;
    await put('photos', photo.id, { meta: await this.sealJson(photo), bytes: sealedBytes });
  }

  async photos() {
    return Promise.all((await all('photos')).map((p) => this.openJson(p.meta)));
  }

  async photoBytes(id) {
    const stored = await get('photos', id);
    return this.open(stored.bytes);
  }
}

/** The bytes the tablet holds for offline visits (what IndexedDB stores, sealed), for the size figure. */
export async function storedBytes() {
  let total = 0;
  const size = (v) => {
    if (v == null) return 0;
    if (v instanceof ArrayBuffer) return v.byteLength;
    if (ArrayBuffer.isView(v)) return v.byteLength;
    if (typeof v === 'string') return v.length;
    if (typeof v === 'object') return Object.values(v).reduce((n, x) => n + size(x), 0);
    return 8;
  };
  for (const store of ['meta', 'bundle', 'records', 'photos']) {
    for (const value of await all(store)) total += size(value);
  }
  return total;
}

export { b64, unb64 };
