// The offline visit form (/field/index.html): take my next visits offline, record them without a network, send them
// when back online. No build step; no inline script (the page's Content-Security-Policy allows only these files).
import {
  State, Offline, newEntry, edited, isWaiting, waitingSummary, photoProblem, syncEntry, overwriteAt,
  sendAsAmendment, recordText, mergeBundle, newKey,
} from './queue.js';
import { Vault } from './vault.js';
import { makeApi, sha256Base64 } from './api.js';

const INDICATORS = ['WITHHELD_DOCUMENTS', 'DEBT_BONDAGE', 'MINORS_PRESENT', 'NOT_FREE_TO_LEAVE',
  'DECEPTIVE_RECRUITMENT_ABROAD', 'SEXUAL_EXPLOITATION'];
const OUTCOMES = ['NO_VIOLATION', 'VIOLATIONS_FOUND', 'SIGNS_OF_CRIME'];
const LIMIT = 20;

let language = localStorage.getItem('vigil.offline.lang') || 'vi';
let texts = JSON.parse(localStorage.getItem('vigil.offline.texts.' + language) || '{}');
const api = makeApi(() => language);
let vault = null;
let syncing = false;

const $ = (id) => document.getElementById(id);

function t(key, ...args) {
  const pattern = texts[key] ?? key;
  return pattern.replace(/''/g, "'").replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value == null) continue;
    if (name === 'text') node.textContent = value;
    else if (name === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

function say(text, kind = 'info') {
  const box = $('message');
  box.textContent = text;
  box.dataset.kind = kind;
}

async function loadTexts() {
  try {
    const answer = await api.texts();
    if (answer.status === 200) {
      texts = answer.body;
      localStorage.setItem('vigil.offline.texts.' + language, JSON.stringify(texts));
    }
  } catch (e) {
    if (!(e instanceof Offline)) throw e;
  }
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  document.title = 'Vigil — ' + t('offline.title');
}

function showNetwork() {
  const online = navigator.onLine;
  $('network').textContent = online ? t('offline.online') : t('offline.offline');
  $('network').dataset.online = String(online);
}

/** Online: the server hands the wrapping key to the signed-in user. Offline: the session kept on the tablet. */
async function unlock() {
  try {
    const key = await api.key();
    if (key.status === 401 || key.status === 403) {
      await Vault.lock(); // signed out on the server: the tablet's records stay sealed
      return null;
    }
    if (key.status !== 200) return Vault.resume(); // the server is in trouble: go on as offline
    if (!localStorage.getItem('vigil.offline.lang.chosen')) {
      const me = await api.me();
      if (me.status === 200 && me.body.preferredLocale && me.body.preferredLocale.startsWith('en') && language !== 'en') {
        language = 'en';
        localStorage.setItem('vigil.offline.lang', language);
        await loadTexts();
      }
    }
    return await Vault.unlock(key.body.username, key.body.key);
  } catch (e) {
    if (e instanceof Offline) return Vault.resume();
    if (String(e.message).startsWith('otherUser:')) {
      say(t('offline.otherUser', e.message.substring('otherUser:'.length)), 'error');
      return null;
    }
    throw e;
  }
}

async function state() {
  const [bundle, entries, photos] = await Promise.all([vault.bundle(), vault.entries(), vault.photos()]);
  return { bundle, entries: new Map(entries.map((e) => [e.visitId, e])), photos };
}

async function render() {
  const { bundle, entries, photos } = await state();
  renderOutbox(bundle, entries, photos);
  const list = $('visitList');
  list.replaceChildren();
  if (!bundle || bundle.visits.length === 0) {
    list.append(el('li', { text: t('offline.visits.empty') }));
    return;
  }
  const places = new Map(bundle.establishments.map((e) => [e.id, e]));
  for (const visit of bundle.visits) {
    const entry = entries.get(visit.id);
    const status = entry?.state ?? 'none';
    const place = places.get(visit.establishmentId);
    list.append(el('li', { id: 'visit-' + visit.id, class: 'visit', 'data-state': status },
      el('strong', { text: place?.name ?? '' }),
      el('span', { class: 'when', text: t('offline.visit.at', visit.start.replace('T', ' '), visit.teamName) }),
      el('span', { class: 'state', text: t('offline.state.' + status) }),
      el('button', { id: 'open-' + visit.id, type: 'button', text: t('offline.visit.open'),
        on: { click: () => openForm(visit.id) } })));
  }
}

function renderOutbox(bundle, entries, photos) {
  const summary = waitingSummary([...entries.values()], photos);
  $('waiting').textContent = summary.records === 0
    ? t('offline.outbox.empty') : t('offline.outbox.count', summary.records, summary.photos);
  $('waiting').dataset.records = String(summary.records);
  const problems = $('problems');
  problems.replaceChildren();
  for (const entry of entries.values()) {
    if (entry.state !== State.CONFLICT && entry.state !== State.REFUSED) continue;
    const visit = bundle?.visits.find((v) => v.id === entry.visitId);
    const place = bundle?.establishments.find((e) => e.id === visit?.establishmentId);
    const item = el('li', { id: 'problem-' + entry.visitId, class: 'problem', 'data-kind': entry.conflict?.kind ?? 'refused' },
      el('strong', { text: place?.name ?? String(entry.visitId) }),
      el('p', { text: entry.state === State.CONFLICT
        ? t('offline.conflict.' + entry.conflict.kind, entry.conflict.detail ?? '')
        : t('offline.refused', entry.error?.detail ?? '') }));
    const actions = el('div', { class: 'actions' });
    const button = (id, key, handler) => actions.append(el('button', { id: id + '-' + entry.visitId, type: 'button', text: t(key), on: { click: handler } }));
    if (entry.state === State.REFUSED || entry.conflict?.kind === 'checklistChanged') {
      button('edit', 'offline.conflict.edit', () => openForm(entry.visitId));
    }
    if (entry.conflict?.kind === 'signedOff') button('amend', 'offline.conflict.amend', () => amend(entry));
    if (entry.conflict?.kind === 'changed') button('overwrite', 'offline.conflict.overwrite', () => overwrite(entry));
    button('copy', 'offline.conflict.copy', () => {
      item.append(el('textarea', { class: 'copy', readonly: true, rows: 6, text: recordText(entry, t) }));
    });
    button('discard', 'offline.conflict.discard', async () => {
      if (!confirm(t('offline.conflict.discardConfirm'))) return;
      await vault.deleteEntry(entry.visitId);
      await render();
    });
    item.append(actions);
    problems.append(item);
  }
}

async function takeOffline() {
  const from = $('from').value || null;
  try {
    const answer = await api.bundle(from, LIMIT);
    if (answer.status !== 200) {
      say(answer.body?.detail ?? String(answer.status), 'error');
      return;
    }
    const { bundle, entries } = await state();
    const merged = mergeBundle(bundle, answer.body, [...entries.values()]);
    await vault.saveBundle(merged);
    say(answer.body.visits.length === 0 ? t('offline.take.none')
      : t('offline.take.done', answer.body.visits.length, new Date().toLocaleTimeString(language)) + ' ' + t('offline.take.keepsUnsent'));
    await render();
  } catch (e) {
    if (e instanceof Offline) say(t('offline.outbox.needsNetwork'), 'error');
    else throw e;
  }
}

async function openForm(visitId) {
  const { bundle, entries, photos } = await state();
  const visit = bundle.visits.find((v) => v.id === visitId);
  const place = bundle.establishments.find((e) => e.id === visit.establishmentId);
  const checklist = bundle.checklists.find((c) => c.id === visit.checklistVersionId);
  const entry = entries.get(visitId) ?? newEntry(visit);
  const answers = new Map(entry.content.answers.map((a) => [a.itemId, a]));
  const form = $('form');
  form.replaceChildren();
  form.hidden = false;
  $('visits').hidden = true;
  form.dataset.visit = String(visitId);
  form.append(el('h2', { text: t('offline.form.title') }),
    el('p', {}, el('strong', { text: t('offline.form.establishment') + ': ' }), place.name),
    el('p', { text: t('offline.form.address') + ': ' + (place.address ?? '') }),
    el('p', { text: t('offline.form.businessLine') + ': ' + (language === 'en' ? place.businessLineEn : place.businessLineVi) }));

  const photoCount = (itemId) => photos.filter((p) => p.visitId === visitId && p.itemId === itemId).length;
  const photoInput = (itemId, id) => {
    const count = el('span', { class: 'photo-count', id: id + '-count', text: t('offline.form.photoTaken', photoCount(itemId)) });
    const input = el('input', { type: 'file', id, accept: 'image/jpeg,image/png,image/webp', capture: 'environment', multiple: true,
      on: { change: async (event) => {
        for (const file of event.target.files) {
          const problem = photoProblem(file);
          if (problem) { say(t(problem.key, ...problem.args), 'error'); continue; }
          const bytes = await file.arrayBuffer();
          const photo = { id: newKey(), visitId, itemId, name: file.name, type: file.type, size: file.size,
            sha256: await sha256Base64(bytes), key: newKey(), capturedAt: new Date().toISOString(), evidenceId: null };
          await vault.savePhoto(photo, bytes);
          photos.push(photo);
        }
        count.textContent = t('offline.form.photoTaken', photoCount(itemId));
        event.target.value = '';
      } } });
    return el('span', { class: 'photo' }, el('label', { for: id, text: t('offline.form.takePhoto') }), input, count);
  };

  const items = el('fieldset', { id: 'checklist' });
  if (checklist) {
    items.append(el('legend', { text: t('offline.form.checklist', checklist.number) }));
    for (const item of checklist.items) {
      const id = 'item-' + item.id;
      const given = answers.get(item.id);
      let input;
      if (item.answerType === 'YES_NO') {
        input = el('select', { id, 'data-item': item.id, 'data-type': item.answerType },
          el('option', { value: '', text: t('offline.form.notAnswered') }),
          el('option', { value: 'true', text: t('offline.form.yes'), selected: given?.yesNo === true }),
          el('option', { value: 'false', text: t('offline.form.no'), selected: given?.yesNo === false }));
      } else if (item.answerType === 'NUMBER') {
        input = el('input', { id, type: 'number', step: '0.001', 'data-item': item.id, 'data-type': item.answerType, value: given?.number ?? '' });
      } else if (item.answerType === 'TEXT') {
        input = el('textarea', { id, rows: 2, 'data-item': item.id, 'data-type': item.answerType, text: given?.text ?? '' });
      } else {
        input = photoInput(item.id, id);
        input.dataset.type = 'PHOTO';
      }
      items.append(el('div', { class: 'item' },
        el('label', { for: id, text: `${item.code}. ${item.question}` + (item.required ? ` (${t('offline.form.required')})` : '') }),
        input));
    }
  } else {
    items.append(el('p', { text: t('offline.form.noChecklist') }));
  }
  form.append(items);

  const seen = new Map(entry.content.indicators.map((i) => [i.indicator, i]));
  const indicators = el('fieldset', { id: 'indicators' }, el('legend', { text: t('offline.form.indicators') }));
  for (const code of INDICATORS) {
    indicators.append(el('div', { class: 'indicator' },
      el('input', { type: 'checkbox', id: 'ind-' + code, checked: seen.get(code)?.observed === true }),
      el('label', { for: 'ind-' + code, text: t('record.indicator.' + code) }),
      el('input', { type: 'text', id: 'note-' + code, placeholder: t('offline.form.indicatorNote'), 'aria-label': t('offline.form.indicatorNote'),
        value: seen.get(code)?.note ?? '' })));
  }
  form.append(indicators);

  const findings = el('fieldset', { id: 'findings' }, el('legend', { text: t('offline.form.findings') }));
  const addFinding = (finding = { text: '', violation: false }) => {
    const n = findings.querySelectorAll('.finding').length;
    findings.insertBefore(el('div', { class: 'finding' },
      el('label', { for: 'finding-' + n, text: t('offline.form.finding') + ' ' + (n + 1) }),
      el('textarea', { id: 'finding-' + n, rows: 2, text: finding.text }),
      el('input', { type: 'checkbox', id: 'violation-' + n, checked: finding.violation }),
      el('label', { for: 'violation-' + n, text: t('offline.form.violation') })), $('addFinding'));
  };
  findings.append(el('button', { id: 'addFinding', type: 'button', text: t('offline.form.addFinding'), on: { click: () => addFinding() } }));
  form.append(findings);
  (entry.content.findings.length ? entry.content.findings : [undefined]).forEach((f) => addFinding(f));

  form.append(el('label', { for: 'outcome', text: t('offline.form.outcome') }),
    el('select', { id: 'outcome' }, el('option', { value: '', text: t('offline.form.noOutcome') }),
      ...OUTCOMES.map((o) => el('option', { value: o, text: t('record.outcome.' + o), selected: entry.content.outcome === o }))));
  form.append(el('div', { class: 'photos' }, el('h3', { text: t('offline.form.photos') }), photoInput(null, 'photos')));
  form.append(el('div', { class: 'actions' },
    el('button', { id: 'save', type: 'button', class: 'primary', text: t('offline.form.save'), on: { click: () => saveForm(entry, visit) } }),
    el('button', { id: 'close', type: 'button', text: t('offline.form.close'), on: { click: closeForm } })));
  form.scrollIntoView();
}

function readForm() {
  const answers = [];
  for (const input of document.querySelectorAll('#checklist [data-item]')) {
    const itemId = Number(input.dataset.item);
    const value = input.value?.trim();
    if (!value) continue;
    if (input.dataset.type === 'YES_NO') answers.push({ itemId, yesNo: value === 'true' });
    else if (input.dataset.type === 'NUMBER') answers.push({ itemId, number: Number(value) });
    else if (input.dataset.type === 'TEXT') answers.push({ itemId, text: value });
  }
  const indicators = INDICATORS.map((code) => ({
    indicator: code, observed: $('ind-' + code).checked, note: $('note-' + code).value.trim() || null,
  }));
  const findings = [...document.querySelectorAll('#findings .finding')]
    .map((div) => ({ text: div.querySelector('textarea').value.trim(), violation: div.querySelector('input').checked }))
    .filter((f) => f.text);
  return { answers, indicators, people: [], findings, outcome: $('outcome').value || null };
}

async function saveForm(entry, visit) {
  const current = (await vault.entries()).find((e) => e.visitId === entry.visitId) ?? entry;
  // the answers belong to the checklist the form showed (after a new download, the record's own)
  await vault.saveEntry(edited({ ...current, checklistVersionId: visit.checklistVersionId ?? null }, readForm()));
  say(t('offline.form.saved'));
  closeForm();
  await render();
}

function closeForm() {
  $('form').hidden = true;
  $('form').replaceChildren();
  $('visits').hidden = false;
}

/** The API with each photo's bytes read from the vault when it is sent. */
function sendingApi() {
  return { ...api, upload: async (visitId, photo, key) => api.upload(visitId, { ...photo, bytes: await vault.photoBytes(photo.id) }, key) };
}

const keepEvidence = async (photo, evidenceId) => vault.savePhoto({ ...photo, evidenceId }, null);

async function send() {
  if (syncing || !vault) return;
  if (!navigator.onLine) {
    say(t('offline.outbox.needsNetwork'), 'error');
    return;
  }
  syncing = true;
  $('send').disabled = true;
  say(t('offline.outbox.sending'));
  const sent = [];
  try {
    const { bundle, entries, photos } = await state();
    for (const entry of entries.values()) {
      if (entry.state !== State.QUEUED) continue;
      const after = await syncEntry(entry, photos, sendingApi(), keepEvidence);
      await vault.saveEntry(after);
      if (after.state === State.SENT) {
        const visit = bundle?.visits.find((v) => v.id === entry.visitId);
        sent.push(bundle?.establishments.find((e) => e.id === visit?.establishmentId)?.name ?? entry.visitId);
      }
    }
    say(sent.length ? t('offline.outbox.sent', sent.join(', ')) : '');
  } catch (e) {
    if (e instanceof Offline) say(t('offline.outbox.needsNetwork'), 'error');
    else { say(String(e), 'error'); throw e; }
  } finally {
    syncing = false;
    $('send').disabled = false;
    await render();
  }
}

async function overwrite(entry) {
  try {
    const record = await api.record(entry.visitId);
    if (record.status !== 200) return say(record.body?.detail ?? String(record.status), 'error');
    await vault.saveEntry(overwriteAt(entry, record.body.version));
    await send();
  } catch (e) {
    if (e instanceof Offline) say(t('offline.outbox.needsNetwork'), 'error');
    else throw e;
  }
}

async function amend(entry) {
  try {
    const photos = await vault.photos();
    const after = await sendAsAmendment(entry, photos, sendingApi(), t('offline.amendment.reason'), t, keepEvidence);
    await vault.saveEntry(after);
    await render();
  } catch (e) {
    if (e instanceof Offline) say(t('offline.outbox.needsNetwork'), 'error');
    else throw e;
  }
}

async function signOut() {
  await Vault.lock();
  try { await api.signOut(); } catch (e) { /* offline: the server session ends by itself */ }
  location.assign('/login.xhtml?loggedOut=true');
}

async function start() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/field/sw.js', { scope: '/field/' }).catch(() => {});
  }
  await loadTexts();
  showNetwork();
  window.addEventListener('online', () => { showNetwork(); send(); });
  window.addEventListener('offline', showNetwork);
  $('language').addEventListener('click', async () => {
    language = language === 'vi' ? 'en' : 'vi';
    localStorage.setItem('vigil.offline.lang', language);
    localStorage.setItem('vigil.offline.lang.chosen', 'true');
    texts = JSON.parse(localStorage.getItem('vigil.offline.texts.' + language) || '{}');
    await loadTexts();
    showNetwork();
    if (vault) { closeForm(); await render(); }
  });
  $('signOut').addEventListener('click', signOut);
  $('takeOffline').addEventListener('click', takeOffline);
  $('send').addEventListener('click', send);
  vault = await unlock();
  if (!vault) {
    $('signInNeeded').hidden = false;
    $('app').hidden = true;
  } else {
    $('signInNeeded').hidden = true;
    $('app').hidden = false;
    await render();
  }
  document.body.dataset.ready = 'true';
}

start();
