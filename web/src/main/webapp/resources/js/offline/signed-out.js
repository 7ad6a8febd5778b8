// On the sign-in page after signing out: deletes the offline form's unwrapped data key from this browser, so the
// visits and records kept for offline work stay sealed until the next online sign-in (see vault.js).
(function () {
  if (!window.indexedDB || !indexedDB.databases) return;
  indexedDB.databases().then(function (all) {
    if (!all.some(function (db) { return db.name === 'vigil-offline'; })) return;
    var open = indexedDB.open('vigil-offline');
    open.onsuccess = function () {
      var db = open.result;
      if (db.objectStoreNames.contains('session')) {
        var t = db.transaction('session', 'readwrite');
        t.objectStore('session').clear();
        t.oncomplete = function () { db.close(); };
      } else {
        db.close();
      }
    };
  });
})();
