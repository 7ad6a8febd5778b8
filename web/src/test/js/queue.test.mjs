// Unit tests of the offline sync queue (web/src/main/webapp/resources/js/offline/queue.js), run by `node --test`
// (OfflineQueueScriptTest runs them in the Maven build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  State, Offline, newEntry, edited, waitingSummary, photoProblem, requestContent, syncEntry, overwriteAt,
  sendAsAmendment, mergeBundle, recordText,
} from '../../main/webapp/resources/js/offline/queue.js';

let counter = 0;
const key = () => `key-${++counter}`;
const visit = { id: 7, establishmentId: 3, checklistVersionId: 11, recordVersion: null };
const content = {
  answers: [{ itemId: 101, yesNo: true }],
  indicators: [{ indicator: 'WITHHELD_DOCUMENTS', observed: true, note: 'giữ căn cước' }],
  people: [],
  findings: [{ text: 'Giữ giấy tờ', violation: true }],
  outcome: 'SIGNS_OF_CRIME',
};
const queued = () => edited(newEntry(visit, key), content, key);

/** A fake server: records every call, answers from the given handlers (or the defaults of a visit to record). */
function server(overrides = {}) {
  const calls = [];
  const handlers = {
    visit: () => ({ status: 200, body: { id: 7, status: 'SCHEDULED' } }),
    begin: () => ({ status: 201, body: { version: 0, checklistVersionId: 11, signedOffAt: null } }),
    upload: (visitId, photo) => ({ status: 201, body: { id: 500 + Number(photo.id.slice(1)) } }),
    save: (id, version) => ({ status: 200, body: { version: version + 1 } }),
    amend: () => ({ status: 201, body: { id: 1 } }),
    ...overrides,
  };
  const api = {};
  for (const [name, handler] of Object.entries(handlers)) {
    api[name] = async (...args) => {
      calls.push([name, ...args]);
      return handler(...args);
    };
  }
  return { api, calls };
}

test('a new entry waits for nothing until the inspector keeps a record', () => {
  const entry = newEntry(visit, key);
  assert.equal(entry.state, null);
  assert.deepEqual(waitingSummary([entry], []), { records: 0, photos: 0, conflicts: 0 });
  const kept = edited(entry, content, key);
  assert.equal(kept.state, State.QUEUED);
  assert.ok(kept.saveKey);
  assert.deepEqual(waitingSummary([kept], [{ visitId: 7, evidenceId: null }]), { records: 1, photos: 1, conflicts: 0 });
});

test('each edit gets a new save key, the begin key stays', () => {
  const first = queued();
  const second = edited(first, { ...content, outcome: 'VIOLATIONS_FOUND' }, key);
  assert.notEqual(first.saveKey, second.saveKey);
  assert.equal(first.beginKey, second.beginKey);
});

test('sending begins the record, uploads photos, then saves at the version begun, all with keys', async () => {
  const { api, calls } = server();
  const photos = [{ id: 'p1', visitId: 7, itemId: 102, key: 'photo-key', evidenceId: null }];
  const kept = [];
  const entry = queued();
  const sent = await syncEntry(entry, photos, api, async (p, id) => kept.push([p.id, id]));
  assert.equal(sent.state, State.SENT);
  assert.equal(sent.serverVersion, 1);
  assert.deepEqual(calls.map((c) => c[0]), ['visit', 'begin', 'upload', 'save']);
  assert.equal(calls[1][2], entry.beginKey);
  assert.equal(calls[2][3], 'photo-key');
  const [, , version, body, saveKey] = calls[3];
  assert.equal(version, 0);
  assert.equal(saveKey, entry.saveKey);
  assert.deepEqual(body.answers.find((a) => a.itemId === 102), { itemId: 102, evidenceIds: [501] });
  assert.deepEqual(kept, [['p1', 501]]);
});

test('a record corrected after it was sent is saved at the version its sending made, not a conflict', async () => {
  const first = await syncEntry(queued(), [], server().api);
  assert.equal(first.baseVersion, 1);
  const { api, calls } = server({ begin: () => ({ status: 201, body: { version: 1, checklistVersionId: 11 } }) });
  const again = await syncEntry(edited(first, { ...content, outcome: 'VIOLATIONS_FOUND' }, key), [], api);
  assert.equal(again.state, State.SENT);
  assert.equal(calls.find((c) => c[0] === 'save')[2], 1);
});

test('a photo already stored is not uploaded again', async () => {
  const { api, calls } = server();
  await syncEntry(queued(), [{ id: 'p1', visitId: 7, itemId: null, key: 'k', evidenceId: 99 }], api);
  assert.ok(!calls.some((c) => c[0] === 'upload'));
});

test('a lost answer is sent again with the same keys and the same version, so the server replays it', async () => {
  const entry = queued();
  const failing = server({ save: () => { throw new Offline('lost'); } });
  await assert.rejects(syncEntry(entry, [], failing.api), Offline);
  const { api, calls } = server({ begin: () => ({ status: 200, body: { version: 1, checklistVersionId: 11 } }) });
  const retried = await syncEntry({ ...entry, baseVersion: 0 }, [], api);
  assert.equal(retried.state, State.SENT);
  const save = calls.find((c) => c[0] === 'save');
  assert.equal(save[2], 0);
  assert.equal(save[4], entry.saveKey);
});

test('a visit cancelled meanwhile is a conflict and nothing is sent', async () => {
  const { api, calls } = server({ visit: () => ({ status: 200, body: { status: 'CANCELLED', cancelReason: 'Cơ sở đóng cửa' } }) });
  const after = await syncEntry(queued(), [], api);
  assert.equal(after.state, State.CONFLICT);
  assert.deepEqual(after.conflict, { kind: 'cancelled', detail: 'Cơ sở đóng cửa' });
  assert.deepEqual(calls.map((c) => c[0]), ['visit']);
  assert.deepEqual(after.content, content, 'the local copy is kept');
});

test('a record signed off meanwhile is a conflict', async () => {
  const { api } = server({ visit: () => ({ status: 200, body: { status: 'SIGNED_OFF' } }) });
  assert.equal((await syncEntry(queued(), [], api)).conflict.kind, 'signedOff');
});

test('a visit given to another team is a conflict', async () => {
  const { api } = server({ begin: () => ({ status: 400, body: { code: 'record.notOnVisit', detail: 'not on visit' } }) });
  assert.equal((await syncEntry(queued(), [], api)).conflict.kind, 'reassigned');
});

test('a visit gone or hidden is a conflict', async () => {
  const { api } = server({ visit: () => ({ status: 404, body: null }) });
  assert.equal((await syncEntry(queued(), [], api)).conflict.kind, 'gone');
});

test('a record someone saved meanwhile (409) is a conflict, never overwritten', async () => {
  const { api } = server({ save: () => ({ status: 409, body: { detail: 'stale' } }) });
  const after = await syncEntry(queued(), [], api);
  assert.equal(after.conflict.kind, 'changed');
  const chosen = overwriteAt(after, 4, key);
  assert.equal(chosen.state, State.QUEUED);
  assert.equal(chosen.baseVersion, 4);
  assert.notEqual(chosen.saveKey, after.saveKey);
});

test('a record begun with another checklist version is a conflict', async () => {
  const { api } = server({ begin: () => ({ status: 201, body: { version: 0, checklistVersionId: 12 } }) });
  assert.equal((await syncEntry(queued(), [], api)).conflict.kind, 'checklistChanged');
});

test('a record begun with a checklist where the tablet had none is a conflict too', async () => {
  const entry = edited(newEntry({ ...visit, checklistVersionId: null }, key), content, key);
  const { api } = server({ begin: () => ({ status: 201, body: { version: 0, checklistVersionId: 12 } }) });
  assert.equal((await syncEntry(entry, [], api)).conflict.kind, 'checklistChanged');
});

test('a refusal keeps the local copy with the server message, and a correction is queued again', async () => {
  const { api } = server({ save: () => ({ status: 400, body: { code: 'record.unknownItem', detail: 'Mục 9 không có' } }) });
  const after = await syncEntry(queued(), [], api);
  assert.equal(after.state, State.REFUSED);
  assert.equal(after.error.detail, 'Mục 9 không có');
  assert.deepEqual(after.content, content);
  assert.deepEqual(waitingSummary([after], []).records, 1);
  assert.equal(edited(after, content, key).state, State.QUEUED);
});

test('a refused photo stops the send before the record is saved', async () => {
  const { api, calls } = server({ upload: () => ({ status: 400, body: { detail: 'too large' } }) });
  const after = await syncEntry(queued(), [{ id: 'p1', visitId: 7, itemId: null, key: 'k', evidenceId: null }], api);
  assert.equal(after.state, State.REFUSED);
  assert.ok(!calls.some((c) => c[0] === 'save'));
});

test('only queued entries are sent', async () => {
  const { api, calls } = server();
  const sent = { ...queued(), state: State.SENT };
  assert.equal(await syncEntry(sent, [], api), sent);
  assert.equal(calls.length, 0);
});

test('photos are checked as the server checks them', () => {
  assert.equal(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 1000 }), null);
  assert.equal(photoProblem({ name: 'a.gif', type: 'image/gif', size: 1000 }).key, 'offline.photo.notImage');
  assert.equal(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 11 * 1024 * 1024 }).key, 'offline.photo.tooLarge');
});

test('a photo item without a typed answer is answered by its photos', () => {
  const body = requestContent(queued(), [
    { visitId: 7, itemId: 103, evidenceId: 1 },
    { visitId: 7, itemId: 103, evidenceId: 2 },
    { visitId: 8, itemId: 103, evidenceId: 3 },
  ]);
  assert.deepEqual(body.answers.find((a) => a.itemId === 103), { itemId: 103, evidenceIds: [1, 2] });
});

test('a record signed off meanwhile goes as an amendment with its photos', async () => {
  const { api, calls } = server();
  const entry = { ...queued(), state: State.CONFLICT, conflict: { kind: 'signedOff' } };
  const photos = [{ id: 'p3', visitId: 7, key: 'k3', evidenceId: null }, { id: 'p4', visitId: 7, key: 'k4', evidenceId: 40 }];
  const after = await sendAsAmendment(entry, photos, api, 'offline', (k) => k);
  assert.equal(after.state, State.SENT);
  const amend = calls.find((c) => c[0] === 'amend');
  assert.deepEqual(amend[2].evidenceIds, [503]);
  assert.match(amend[2].text, /Giữ giấy tờ/);
  assert.equal(amend[2].reason, 'offline');
});

test('the record text names observed indicators, findings and outcome', () => {
  const text = recordText(queued(), (k) => k);
  assert.equal(text, 'record.indicator.WITHHELD_DOCUMENTS: giữ căn cước\n[!] Giữ giấy tờ\nrecord.outcome.SIGNS_OF_CRIME');
});

test('a fresh bundle keeps visits whose records still wait, with their establishment and checklist', () => {
  const old = { visits: [visit, { id: 8, establishmentId: 4, checklistVersionId: 12 }],
    establishments: [{ id: 3 }, { id: 4 }], checklists: [{ id: 11 }, { id: 12 }] };
  const fresh = { visits: [{ id: 9, establishmentId: 5, checklistVersionId: 13 }], establishments: [{ id: 5 }], checklists: [{ id: 13 }] };
  const merged = mergeBundle(old, fresh, [queued(), { ...newEntry({ id: 8 }, key), state: State.SENT }]);
  assert.deepEqual(merged.visits.map((v) => v.id), [9, 7]);
  assert.deepEqual(merged.establishments.map((e) => e.id), [5, 3]);
  assert.deepEqual(merged.checklists.map((c) => c.id), [13, 11]);
});
