/** The embedded mock as a bench child: startMock (node:http adapter) with its default credentials. */
import { startMock } from '../../src/mock/start-mock.js';
import { serveChild } from './serve-child.js';

void serveChild(startMock().then((mock) => Number(new URL(mock.url).port)));
