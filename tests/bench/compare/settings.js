// Node-RED settings for the comparison flow (flows.json): the runtime only, no editor. The
// database, the HMAC primitive and the webhook secret reach the flow's function node through the
// global context, the usual way to give function nodes a module without installing it at run
// time. Environment: BENCH_DATA_DIR (user directory and database), BENCH_PORT, BENCH_SECRET.
const path = require('path');
const crypto = require('crypto');
const Database = require('better-sqlite3');

const dataDir = process.env.BENCH_DATA_DIR;
if (!dataDir || !process.env.BENCH_SECRET)
    throw new Error('BENCH_DATA_DIR and BENCH_SECRET must be set');

// The same durability as Syncline's store: WAL, and an fsync at every commit.
const db = new Database(path.join(dataDir, 'webhooks.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`CREATE TABLE IF NOT EXISTS webhooks (
    delivery_id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    shop TEXT NOT NULL,
    order_name TEXT,
    body TEXT NOT NULL,
    received_at INTEGER NOT NULL)`);
// A delivery seen before is acknowledged again without a second row, as Syncline does.
const insert = db.prepare(`INSERT OR IGNORE INTO webhooks
    (delivery_id, topic, shop, order_name, body, received_at) VALUES (?, ?, ?, ?, ?, ?)`);

module.exports = {
    uiHost: '127.0.0.1',
    uiPort: Number(process.env.BENCH_PORT || 1880),
    userDir: dataDir,
    flowFile: path.join(dataDir, 'flows.json'),
    credentialSecret: false,
    httpAdminRoot: false,
    // The signature covers the body's exact bytes, so they are kept before the http in node's
    // parser turns them into an object (body-parser skips a request marked as read).
    httpNodeMiddleware: function (req, res, next) {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('error', next);
        req.on('end', () => {
            req.rawBody = Buffer.concat(chunks);
            req.body = req.rawBody.toString('utf8');
            req._body = true;
            next();
        });
    },
    functionGlobalContext: {crypto, insert, webhookSecret: process.env.BENCH_SECRET},
    logging: {console: {level: 'warn', metrics: false, audit: false}},
};
