// The offline sync queue: what a record kept on the tablet goes through to reach the server, as pure functions over
// plain data and an injected API, so it is unit-tested without a browser (queue.test.mjs, run by `node --test`).
//
// An entry is one visit's record on the tablet:
//   { visitId, state, content, checklistVersionId, takenRecordVersion, baseVersion,
//     beginKey, saveKey, conflict, error, sentAt, serverVersion }
// and its photos: { id, visitId, itemId (null: not for an item), name, type, size, sha256 (base64), key, evidenceId }.
// Keys are Idempotency-Keys: sending twice creates nothing twice. saveKey changes whenever the content changes.

export const State = Object.freeze({
  QUEUED: 'queued',
  SENT: 'sent',
  CONFLICT: 'conflict',
  REFUSED: 'refused',
});

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = Object.freeze(['image/jpeg', 'image/png', 'image/webp']);

/** A network failure: the entry stays queued for the next attempt. */
export class Offline extends Error {}

/** A new idempotency key (crypto.randomUUID where there is one). */
export function newKey() {
  return globalThis.crypto?.randomUUID ? globalThis.crypto.randomUUID() : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The entry for a visit taken offline, before anything is recorded. */
export function newEntry(visit, makeKey = newKey) {
  return {
    visitId: visit.id,
    state: null,
    content: { answers: [], indicators: [], people: [], findings: [], outcome: null },
    checklistVersionId: visit.checklistVersionId ?? null,
    takenRecordVersion: visit.recordVersion ?? null,
    baseVersion: null,
    beginKey: makeKey(),
    saveKey: null,
    conflict: null,
    error: null,
    sentAt: null,
    serverVersion: null,
  };
}

/** The record as the inspector last kept it: waiting to be sent with a new key (its content differs). */
export function edited(entry, content, makeKey = newKey) {
  return { ...entry, content, state: State.QUEUED, saveKey: makeKey(), conflict: null, error: null };
}

/** Whether an entry still has something for the server, or for the inspector to decide. */
export function isWaiting(entry) {
  return entry.state === State.QUEUED || entry.state === State.CONFLICT || entry.state === State.REFUSED;
}

/** What the page shows as waiting: entries and photos not sent yet. */
export function waitingSummary(entries, photos) {
  const waiting = entries.filter(isWaiting);
  const ids = new Set(waiting.map((e) => e.visitId));
  return {
    records: waiting.length,
    photos: photos.filter((p) => ids.has(p.visitId) && p.evidenceId == null).length,
    conflicts: waiting.filter((e) => e.state === State.CONFLICT).length,
  };
}

/** The same rules the server applies to a photo, checked before it is kept; null when it may be kept. */
export function photoProblem(file) {
  if (!PHOTO_TYPES.includes(file.type)) return { key: 'offline.photo.notImage', args: [file.name] };
  if (file.size > PHOTO_MAX_BYTES) return { key: 'offline.photo.tooLarge', args: [file.name] };
  return null;
}

/** The content the server takes: a photo item's answer names the evidence its photos became. */
export function requestContent(entry, photos) {
  const mine = photos.filter((p) => p.visitId === entry.visitId);
  const answers = entry.content.answers.map((a) => {
    const evidenceIds = mine.filter((p) => p.itemId === a.itemId && p.evidenceId != null).map((p) => p.evidenceId);
    return evidenceIds.length ? { ...a, evidenceIds } : a;
  });
  const answered = new Set(answers.map((a) => a.itemId));
  for (const p of mine) {
    if (p.itemId != null && p.evidenceId != null && !answered.has(p.itemId)) {
      answers.push({ itemId: p.itemId, evidenceIds: mine.filter((q) => q.itemId === p.itemId).map((q) => q.evidenceId) });
      answered.add(p.itemId);
    }
  }
  return { ...entry.content, answers };
}

/** The text of a record, for the inspector to copy elsewhere or send as an amendment. */
export function recordText(entry, label = (k) => k) {
  const lines = [];
  for (const i of entry.content.indicators.filter((x) => x.observed)) {
    lines.push(`${label('record.indicator.' + i.indicator)}: ${i.note ?? ''}`);
  }
  for (const f of entry.content.findings) {
    lines.push(`${f.violation ? '[!] ' : ''}${f.text}`);
  }
  if (entry.content.outcome) lines.push(label('record.outcome.' + entry.content.outcome));
  return lines.join('\n');
}

const conflict = (entry, kind, detail = null) => ({ ...entry, state: State.CONFLICT, conflict: { kind, detail } });
const refused = (entry, problem) => ({
  ...entry,
  state: State.REFUSED,
  error: { detail: problem?.detail ?? String(problem?.status ?? ''), code: problem?.code ?? null },
});

/**
 * Sends one entry: checks the visit's state now, begins recording (idempotent), uploads photos not sent yet, then
 * saves the whole content at the version the tablet started from. Returns the entry in its new state; a network
 * failure throws Offline and leaves everything as it was (what was sent stays sent, keys stay the same).
 *
 * api: { visit(id), begin(id, key), upload(visitId, photo, key), save(visitId, version, content, key) }, each
 * answering { status, body }; onPhotoSent(photo, evidenceId) keeps a photo's evidence id as soon as it is stored.
 */
export async function syncEntry(entry, photos, api, onPhotoSent = async () => {}) {
  if (entry.state !== State.QUEUED) return entry;
  const visit = await api.visit(entry.visitId);
  if (visit.status === 404 || visit.status === 403) return conflict(entry, 'gone');
  if (visit.status !== 200) return refused(entry, visit.body);
  if (visit.body.status === 'CANCELLED') return conflict(entry, 'cancelled', visit.body.cancelReason ?? '');
  if (visit.body.status === 'SIGNED_OFF') return conflict(entry, 'signedOff');

  const begun = await api.begin(entry.visitId, entry.beginKey);
  if (begun.status === 400 && begun.body?.code === 'record.notOnVisit') return conflict(entry, 'reassigned');
  if (begun.status === 403 || begun.status === 404) return conflict(entry, 'gone');
  if (begun.status !== 200 && begun.status !== 201) return refused(entry, begun.body);
  const record = begun.body;
  if (record.signedOffAt) return conflict(entry, 'signedOff');
  // the record keeps the checklist in force when it began: if that is not the one the tablet's form showed (a new
  // version published, or one for a line that had none), the answers do not fit it
  if ((record.checklistVersionId ?? null) !== (entry.checklistVersionId ?? null)) {
    return conflict(entry, 'checklistChanged');
  }
  // the version the tablet's copy starts from: the record's when taken offline, else the one just begun
  const base = entry.baseVersion ?? entry.takenRecordVersion ?? record.version;
  let current = { ...entry, baseVersion: base };

  const uploaded = photos.map((p) => ({ ...p }));
  for (const photo of uploaded.filter((p) => p.visitId === entry.visitId && p.evidenceId == null)) {
    const sent = await api.upload(entry.visitId, photo, photo.key);
    if (sent.status !== 201 && sent.status !== 200) return refused(current, sent.body);
    photo.evidenceId = sent.body.id;
    await onPhotoSent(photo, sent.body.id);
  }

  const saved = await api.save(entry.visitId, base, requestContent(current, uploaded), current.saveKey);
  if (saved.status === 409) return conflict(current, 'changed');
  if (saved.status !== 200) return refused(current, saved.body);
  // a later correction on the tablet starts from the version this save made
  const version = saved.body.version;
  return { ...current, state: State.SENT, sentAt: new Date().toISOString(), serverVersion: version, baseVersion: version, error: null };
}

/** The inspector chose to replace the version saved by someone else with theirs: sent again at the current version. */
export function overwriteAt(entry, currentVersion, makeKey = newKey) {
  return { ...entry, baseVersion: currentVersion, saveKey: makeKey(), state: State.QUEUED, conflict: null };
}

/**
 * For a record signed off meanwhile: sends the tablet's text and photos as an amendment (photos first, each once).
 * api: { upload, amend(visitId, command, key) }.
 */
export async function sendAsAmendment(entry, photos, api, reason, label, onPhotoSent = async () => {}) {
  // photos stored before the sign-off are on the visit already; an amendment names only those added after it
  const evidenceIds = [...(entry.amendEvidenceIds ?? [])];
  for (const photo of photos.filter((p) => p.visitId === entry.visitId && p.evidenceId == null)) {
    const sent = await api.upload(entry.visitId, photo, photo.key);
    if (sent.status !== 201 && sent.status !== 200) return refused({ ...entry, amendEvidenceIds: evidenceIds }, sent.body);
    evidenceIds.push(sent.body.id);
    await onPhotoSent(photo, sent.body.id);
  }
  const key = entry.amendKey ?? newKey();
  const amended = await api.amend(entry.visitId, { reason, text: recordText(entry, label), evidenceIds }, key);
  if (amended.status !== 201 && amended.status !== 200) {
    return refused({ ...entry, amendKey: key, amendEvidenceIds: evidenceIds }, amended.body);
  }
  return { ...entry, amendKey: key, state: State.SENT, conflict: null, sentAt: new Date().toISOString() };
}

/**
 * A fresh bundle replaces the one on the tablet, except that visits whose records still wait (unsent, in conflict,
 * refused) stay with their establishments and checklists, so nothing recorded loses its form.
 */
export function mergeBundle(old, fresh, entries) {
  if (!old) return fresh;
  const waiting = new Set(entries.filter(isWaiting).map((e) => e.visitId));
  const have = new Set(fresh.visits.map((v) => v.id));
  const kept = old.visits.filter((v) => waiting.has(v.id) && !have.has(v.id));
  const byId = (list) => new Map(list.map((x) => [x.id, x]));
  const places = byId(fresh.establishments);
  const lists = byId(fresh.checklists);
  const oldPlaces = byId(old.establishments);
  const oldLists = byId(old.checklists);
  for (const v of kept) {
    if (!places.has(v.establishmentId) && oldPlaces.has(v.establishmentId)) {
      places.set(v.establishmentId, oldPlaces.get(v.establishmentId));
    }
    if (v.checklistVersionId != null && !lists.has(v.checklistVersionId) && oldLists.has(v.checklistVersionId)) {
      lists.set(v.checklistVersionId, oldLists.get(v.checklistVersionId));
    }
  }
  return {
    ...fresh,
    visits: [...fresh.visits, ...kept],
    establishments: [...places.values()],
    checklists: [...lists.values()],
  };
}
