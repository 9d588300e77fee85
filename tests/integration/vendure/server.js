// A local Vendure 3.7 server for the Syncline integration tests: sql.js database file, Admin and
// Shop APIs on 127.0.0.1, API keys enabled, dummy payments settled at once. The first start
// seeds the database from seed.json and products.csv.
//
//   VENDURE_PORT=3100 VENDURE_DB=/tmp/x/vendure.sqlite node server.js
//
// Prints "VENDURE_READY <port>" once the APIs answer.
'use strict';

// Before anything of Vendure is loaded: no call home from a test machine.
process.env.VENDURE_DISABLE_TELEMETRY = 'true';

const fs = require('fs');
const path = require('path');
const { bootstrap, dummyPaymentHandler, DefaultLogger, LogLevel } = require('@vendure/core');
const { populate } = require('@vendure/core/cli');

const port = Number(process.env.VENDURE_PORT || 3000);
const dbFile = process.env.VENDURE_DB || path.join(process.cwd(), 'vendure.sqlite');
const firstStart = !fs.existsSync(dbFile);

const config = {
    apiOptions: {
        hostname: '127.0.0.1',
        port,
        adminApiPath: 'admin-api',
        shopApiPath: 'shop-api',
    },
    authOptions: {
        tokenMethod: ['bearer', 'api-key'],
        superadminCredentials: { identifier: 'superadmin', password: 'superadmin' },
        requireVerification: false,
        cookieOptions: { secret: 'syncline-integration' },
    },
    dbConnectionOptions: {
        type: 'sqljs',
        location: dbFile,
        autoSave: true,
        synchronize: true,
    },
    paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
    logger: new DefaultLogger({ level: LogLevel.Warn }),
};

async function main() {
    const seed = JSON.parse(fs.readFileSync(path.join(__dirname, 'seed.json'), 'utf8'));
    const app = firstStart
        ? await populate(() => bootstrap(config), seed, path.join(__dirname, 'products.csv'))
        : await bootstrap(config);
    const stop = async () => {
        await app.close();
        process.exit(0);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    console.log(`VENDURE_READY ${port}`);
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
