/// <reference lib="webworker" />
/** The web worker: a thin adapter that exposes the engine API with comlink. */
import { expose } from 'comlink';
import { createEngineApi } from './api';

expose(createEngineApi(), self);
