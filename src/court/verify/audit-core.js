/*
 * The court verification core, in plain JavaScript with WebCrypto only, so that one implementation runs
 * in the server, in the CLI (Node >= 20) and, inlined, in the offline /verify page (docs/audit-trail.md).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.TutelaAudit = factory();
})(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';
  var subtle = globalThis.crypto.subtle;
  var GENESIS_HASH = '0'.repeat(64);
  var BUNDLE_FORMAT = 'tutela-audit-bundle/1';
  var CHECKPOINT_FORMAT = 'tutela-checkpoint/1';

  /** Keys sorted by UTF-16 code units, undefined members dropped, no whitespace, strings and numbers as JSON.stringify. */
  function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
      var plain = JSON.stringify(value);
      return plain === undefined ? 'null' : plain;
    }
    if (Array.isArray(value)) {
      return (
        '[' +
        value
          .map(function (item) {
            return canonicalJson(item === undefined ? null : item);
          })
          .join(',') +
        ']'
      );
    }
    var members = Object.keys(value)
      .sort()
      .filter(function (key) {
        return value[key] !== undefined;
      });
    return (
      '{' +
      members
        .map(function (key) {
          return JSON.stringify(key) + ':' + canonicalJson(value[key]);
        })
        .join(',') +
      '}'
    );
  }

  var utf8 = function (text) {
    return new TextEncoder().encode(text);
  };
  var toHex = function (bytes) {
    return Array.from(new Uint8Array(bytes), function (b) {
      return b.toString(16).padStart(2, '0');
    }).join('');
  };
  var fromHex = function (hex) {
    if (typeof hex !== 'string' || !/^([0-9a-f]{2})*$/.test(hex)) throw new Error('not a lowercase hex string');
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
    return out;
  };
  var base64ToBytes = function (text) {
    var binary = atob(String(text).replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, ''));
    return Uint8Array.from(binary, function (c) {
      return c.charCodeAt(0);
    });
  };
  var bytesToBase64Url = function (bytes) {
    return btoa(String.fromCharCode.apply(null, Array.from(bytes)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  };
  var concat = function (parts) {
    var out = new Uint8Array(
      parts.reduce(function (n, p) {
        return n + p.length;
      }, 0),
    );
    var at = 0;
    parts.forEach(function (p) {
      out.set(p, at);
      at += p.length;
    });
    return out;
  };
  var sha256 = function (bytes) {
    return subtle.digest('SHA-256', bytes).then(function (d) {
      return new Uint8Array(d);
    });
  };
  var sha256Hex = function (text) {
    return sha256(utf8(text)).then(toHex);
  };

  /**
   * A narrative entry restricted to a discipline is hashed with its text as textDigest = SHA-256(seal + text); an
   * export that withholds it carries the digest instead of the text, and verifies the same.
   */
  async function hashedForm(value) {
    if (Array.isArray(value)) {
      var items = [];
      for (var i = 0; i < value.length; i++) items.push(await hashedForm(value[i]));
      return items;
    }
    if (value === null || typeof value !== 'object') return value;
    if (typeof value.restrictedTo === 'string' && typeof value.seal === 'string') {
      if (typeof value.text !== 'string') return value;
      var entry = Object.assign({}, value);
      delete entry.text;
      entry.textDigest = await sha256Hex(value.seal + value.text);
      return entry;
    }
    var out = {};
    for (var key of Object.keys(value)) out[key] = await hashedForm(value[key]);
    return out;
  }

  /** hash = SHA-256(prevHash + canonical JSON of { type, data (restricted texts as digests), metadata without hash }). */
  async function eventHash(prevHash, event) {
    var metadata = Object.assign({}, event.metadata);
    delete metadata.hash;
    var data = await hashedForm(event.data);
    return sha256Hex(prevHash + canonicalJson({ type: event.type, data: data, metadata: metadata }));
  }

  /** The digest a signature covers: the object's canonical form without its signature member. */
  function signedDigest(object) {
    var unsigned = Object.assign({}, object);
    delete unsigned.signature;
    return sha256Hex(canonicalJson(unsigned));
  }

  // RFC 6962 / RFC 9162 Merkle tree: leaves are (stream, revision, headHash), sorted by stream.
  var leafHash = function (leaf) {
    return sha256(
      concat([new Uint8Array([0]), utf8(canonicalJson({ headHash: leaf.headHash, revision: leaf.revision, stream: leaf.stream }))]),
    );
  };
  var nodeHash = function (left, right) {
    return sha256(concat([new Uint8Array([1]), left, right]));
  };
  var splitPoint = function (n) {
    var k = 1;
    while (k * 2 < n) k *= 2;
    return k;
  };

  async function subtreeRoot(hashes) {
    if (hashes.length === 0) return sha256(new Uint8Array(0));
    if (hashes.length === 1) return hashes[0];
    var k = splitPoint(hashes.length);
    return nodeHash(await subtreeRoot(hashes.slice(0, k)), await subtreeRoot(hashes.slice(k)));
  }

  async function merkleRoot(leaves) {
    var hashes = [];
    for (var i = 0; i < leaves.length; i++) hashes.push(await leafHash(leaves[i]));
    return toHex(await subtreeRoot(hashes));
  }

  /** The audit path of leaf m among the leaf hashes (RFC 6962 §2.1.1), as hex. */
  async function auditPath(m, hashes) {
    if (hashes.length <= 1) return [];
    var k = splitPoint(hashes.length);
    if (m < k) return (await auditPath(m, hashes.slice(0, k))).concat([toHex(await subtreeRoot(hashes.slice(k)))]);
    return (await auditPath(m - k, hashes.slice(k))).concat([toHex(await subtreeRoot(hashes.slice(0, k)))]);
  }

  /** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or null when the proof is malformed. */
  async function rootFromInclusion(leaf, leafIndex, treeSize, path) {
    if (!(leafIndex >= 0 && leafIndex < treeSize) || !Array.isArray(path)) return null;
    var fn = leafIndex,
      sn = treeSize - 1,
      r = await leafHash(leaf);
    for (var i = 0; i < path.length; i++) {
      if (sn === 0) return null;
      var p = fromHex(path[i]);
      if (fn % 2 === 1 || fn === sn) {
        r = await nodeHash(p, r);
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 ? toHex(r) : null;
  }

  return {
    GENESIS_HASH: GENESIS_HASH,
    BUNDLE_FORMAT: BUNDLE_FORMAT,
    CHECKPOINT_FORMAT: CHECKPOINT_FORMAT,
    canonicalJson: canonicalJson,
    sha256Hex: sha256Hex,
    eventHash: eventHash,
    signedDigest: signedDigest,
    leafHash: function (leaf) {
      return leafHash(leaf).then(toHex);
    },
    merkleRoot: merkleRoot,
    auditPath: auditPath,
    leafHashes: function (leaves) {
      return Promise.all(leaves.map(leafHash));
    },
    rootFromInclusion: rootFromInclusion,
    utf8: utf8,
    toHex: toHex,
    fromHex: fromHex,
    base64ToBytes: base64ToBytes,
    bytesToBase64Url: bytesToBase64Url,
    subtle: subtle,
  };
});
