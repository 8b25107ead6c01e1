/**
 * A small Node-compatible `events` module for the MetaMask comparison bundle only: the browser
 * polyfill that MetaMask's browserify build ships (npm `events`) is not installed here. A plain
 * function constructor, because readable-stream 3 calls `EventEmitter.call(this)` and
 * @metamask/safe-event-emitter `extends` it.
 */
function EventEmitter() {
  EventEmitter.init.call(this);
}
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.init = function init() {
  if (!this._events || this._events === Object.getPrototypeOf(this)._events)
    this._events = Object.create(null);
  this._maxListeners = this._maxListeners ?? undefined;
};
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
EventEmitter.once = (emitter, type) =>
  new Promise((resolve, reject) => {
    const onError = (error) => {
      emitter.removeListener(type, onEvent);
      reject(error);
    };
    const onEvent = (...args) => {
      if (type !== 'error') emitter.removeListener('error', onError);
      resolve(args);
    };
    emitter.once(type, onEvent);
    if (type !== 'error') emitter.once('error', onError);
  });

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._maxListeners = undefined;

function add(target, type, listener, prepend) {
  if (typeof listener !== 'function') throw new TypeError('The "listener" argument must be a function');
  if (!target._events) target._events = Object.create(null);
  if (target._events.newListener) target.emit('newListener', type, listener.listener ?? listener);
  if (!target._events[type]) target._events[type] = [];
  const list = target._events[type];
  if (prepend) list.unshift(listener);
  else list.push(listener);
  return target;
}

function wrapOnce(target, type, listener) {
  const wrapper = (...args) => {
    target.removeListener(type, wrapper);
    return listener.apply(target, args);
  };
  wrapper.listener = listener;
  return wrapper;
}

proto.setMaxListeners = function (n) {
  this._maxListeners = n;
  return this;
};
proto.getMaxListeners = function () {
  return this._maxListeners ?? EventEmitter.defaultMaxListeners;
};
proto.emit = function (type, ...args) {
  const list = this._events?.[type];
  if (!list || list.length === 0) {
    if (type === 'error')
      throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error. (${args[0]})`);
    return false;
  }
  for (const listener of [...list]) listener.apply(this, args);
  return true;
};
proto.addListener = proto.on = function (type, listener) {
  return add(this, type, listener, false);
};
proto.prependListener = function (type, listener) {
  return add(this, type, listener, true);
};
proto.once = function (type, listener) {
  return add(this, type, wrapOnce(this, type, listener), false);
};
proto.prependOnceListener = function (type, listener) {
  return add(this, type, wrapOnce(this, type, listener), true);
};
proto.removeListener = proto.off = function (type, listener) {
  const list = this._events?.[type];
  if (!list) return this;
  const i = list.findLastIndex((l) => l === listener || l.listener === listener);
  if (i < 0) return this;
  list.splice(i, 1);
  if (list.length === 0) delete this._events[type];
  if (this._events.removeListener) this.emit('removeListener', type, listener);
  return this;
};
proto.removeAllListeners = function (type) {
  if (!this._events) return this;
  if (type === undefined) this._events = Object.create(null);
  else delete this._events[type];
  return this;
};
proto.listeners = function (type) {
  return (this._events?.[type] ?? []).map((l) => l.listener ?? l);
};
proto.rawListeners = function (type) {
  return [...(this._events?.[type] ?? [])];
};
proto.listenerCount = function (type) {
  return this._events?.[type]?.length ?? 0;
};
proto.eventNames = function () {
  return this._events ? Reflect.ownKeys(this._events) : [];
};

export default EventEmitter;
export { EventEmitter };
