// Keeps the session in this browser's own storage (IndexedDB), so it survives a reload
// (DECISIONS.md, "The page"). One database, "parallax", one object store, two records:
// "session" (session_format.js's object) and "keep" (false once the person turned keeping off;
// then no session is stored). Nothing here touches the network.

const kDatabase = 'parallax';
const kStore = 'kept';

let opening = null;

function database() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(kDatabase, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(kStore);
      request.onsuccess = () => {
        const db = request.result;
        // Another tab deleting or upgrading the database must not wait on this one.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error);
    });
    opening.catch(() => (opening = null));
  }
  return opening;
}

/** Runs one request on the store and resolves with its result once the transaction is done. */
async function run(mode, make_request) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(kStore, mode);
    const request = make_request(transaction.objectStore(kStore));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export const load_kept = () => run('readonly', (store) => store.get('session'));
export const keep = (session) => run('readwrite', (store) => store.put(session, 'session'));
export const forget = () => run('readwrite', (store) => store.delete('session'));

/** Whether keeping is on (the default) or was turned off. */
export async function keeping_on() {
  return (await run('readonly', (store) => store.get('keep'))) !== false;
}

/** Turns keeping on or off; off also forgets the kept session. */
export async function set_keeping(on) {
  await run('readwrite', (store) => store.put(on, 'keep'));
  if (!on) await forget();
}
