// Preloaded with `node -r` for the Allure quality gate: Allure 3.15 to 3.18 call
// Iterator.prototype.toArray, an iterator helper that Node 22 has and Node 20 lacks.
'use strict';

const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
if (typeof iteratorPrototype.toArray !== 'function') {
  Object.defineProperty(iteratorPrototype, 'toArray', {
    configurable: true,
    writable: true,
    value: function toArray() {
      return Array.from({ [Symbol.iterator]: () => this });
    },
  });
}
