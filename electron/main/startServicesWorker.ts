/// <reference types="electron-vite/node" />
// electron-vite builds the services worker into its own file beside index.js; `?nodeWorker` gives the function
// that starts it. Kept apart so the bench and tests can start the same worker from its source under plain Node.
import createServicesWorker from '../services/worker/servicesWorker.ts?nodeWorker';
import { connectServices, type DeliverFile, type ServicesConnection } from '../services/worker/servicesConnection.ts';

export function startServicesWorker(deliverFile: DeliverFile): ServicesConnection {
  return connectServices(createServicesWorker({}), deliverFile);
}
