/*
 * Verifies a court bundle and, optionally, a later checkpoint (docs/audit-trail.md). Plain JavaScript with
 * WebCrypto, shared by the CLI, the server and the offline /verify page. Problems are data; callers word them.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory(require('./audit-core.js'));
  else root.TutelaVerifier = factory(root.TutelaAudit);
})(typeof globalThis !== 'undefined' ? globalThis : this, function (core) {
  'use strict';
  var ED25519 = { name: 'Ed25519' };

  function Problem(kind, details) {
    this.kind = kind;
    Object.assign(this, details);
  }
  var fail = function (kind, details) {
    throw new Problem(kind, details || {});
  };

  /** RFC 7638 thumbprint of an Ed25519 public JWK: the key id bundles and checkpoints name. */
  function keyIdOf(jwk) {
    return core.subtle.digest('SHA-256', core.utf8(core.canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x }))).then(function (d) {
      return core.bytesToBase64Url(new Uint8Array(d));
    });
  }

  /** A public key from a PEM (SPKI) text or a JWK object: { keyId, key }. */
  async function importPublicKey(source) {
    var jwk = source;
    if (typeof source === 'string') {
      var body = source.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
      if (!/PUBLIC KEY/.test(source) || body === '') fail('key-unreadable', {});
      var spki;
      try {
        spki = await core.subtle.importKey('spki', core.base64ToBytes(body), ED25519, true, ['verify']);
      } catch (e) {
        fail('key-unreadable', {});
      }
      jwk = await core.subtle.exportKey('jwk', spki);
    }
    if (!jwk || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') fail('key-unreadable', {});
    var key;
    try {
      key = await core.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, ED25519, false, ['verify']);
    } catch (e) {
      fail('key-unreadable', {});
    }
    return { keyId: await keyIdOf(jwk), key: key };
  }

  /** Checks `object.signature` against the key it names; returns the digest it covers. */
  async function verifySignature(object, keys, what) {
    var signature = object && object.signature;
    if (!signature || typeof signature.value !== 'string' || typeof signature.keyId !== 'string')
      fail('malformed', { field: what + '.signature' });
    var digest = await core.signedDigest(object);
    var key = keys.find(function (k) {
      return k.keyId === signature.keyId;
    });
    if (!key)
      fail('unknown-key', {
        what: what,
        keyId: signature.keyId,
        known: keys.map(function (k) {
          return k.keyId;
        }),
      });
    var value;
    try {
      value = core.base64ToBytes(signature.value);
    } catch (e) {
      fail('bad-signature', { what: what, keyId: signature.keyId });
    }
    var good = await core.subtle.verify(ED25519, key.key, value, core.fromHex(digest));
    if (!good) fail('bad-signature', { what: what, keyId: signature.keyId });
    if (signature.digest !== undefined && signature.digest !== digest) fail('bad-signature', { what: what, keyId: signature.keyId });
    return digest;
  }

  var isObject = function (v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  };
  var notHash = function (v) {
    return typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v);
  };
  function checkShape(bundle) {
    if (!isObject(bundle) || bundle.format !== core.BUNDLE_FORMAT) fail('malformed', { field: 'format' });
    ['events', 'streams'].forEach(function (f) {
      if (!Array.isArray(bundle[f])) fail('malformed', { field: f });
    });
    if (!isObject(bundle.checkpoint) || bundle.checkpoint.format !== core.CHECKPOINT_FORMAT) fail('malformed', { field: 'checkpoint' });
    bundle.streams.forEach(function (s, i) {
      var revisions = isObject(s) && [s.firstRevision, s.lastRevision, s.headRevision].every(Number.isSafeInteger);
      if (!revisions || typeof s.stream !== 'string' || [s.prevHash, s.lastHash, s.headHash].some(notHash)) {
        fail('malformed', { field: 'streams[' + i + ']' });
      }
    });
    bundle.events.forEach(function (e, i) {
      if (!isObject(e) || typeof e.stream !== 'string' || !Number.isSafeInteger(e.revision) || !isObject(e.metadata)) {
        fail('malformed', { field: 'events[' + i + ']' });
      }
    });
  }

  /** Recomputes one stream's chain from the hash before its first exported event. */
  async function verifyChain(info, events) {
    var expected = info.prevHash;
    var revision = info.firstRevision;
    for (var i = 0; i < events.length; i++) {
      var e = events[i];
      var at = { stream: info.stream, revision: e.revision, eventId: e.id };
      if (e.revision !== revision) fail('gap', Object.assign(at, { expected: String(revision), found: String(e.revision) }));
      if (e.metadata.prevHash !== expected)
        fail('chain', Object.assign(at, { field: 'prevHash', expected: expected, found: e.metadata.prevHash }));
      var hash = await core.eventHash(expected, e);
      if (e.metadata.hash !== hash) fail('chain', Object.assign(at, { field: 'hash', expected: hash, found: e.metadata.hash }));
      expected = hash;
      revision++;
    }
    if (revision - 1 !== info.lastRevision) {
      fail('truncated', { stream: info.stream, expected: String(info.lastRevision), found: String(revision - 1) });
    }
    if (expected !== info.lastHash) {
      fail('chain', { stream: info.stream, revision: info.lastRevision, field: 'lastHash', expected: expected, found: info.lastHash });
    }
    if (info.lastRevision === info.headRevision && info.lastHash !== info.headHash) {
      fail('chain', { stream: info.stream, revision: info.headRevision, field: 'headHash', expected: info.lastHash, found: info.headHash });
    }
  }

  /** Each stream's head is a leaf of the signed checkpoint. */
  async function verifyInclusion(info, checkpoint) {
    var proof = info.inclusion || {};
    var leaf = { stream: info.stream, revision: info.headRevision, headHash: info.headHash };
    var root = await core.rootFromInclusion(leaf, proof.leafIndex, checkpoint.treeSize, proof.auditPath);
    if (root !== checkpoint.rootHash) fail('not-in-checkpoint', { stream: info.stream, checkpointId: checkpoint.id });
  }

  /** A later checkpoint (with every leaf) must still hold each stream at or past the head the bundle saw. */
  async function compareLater(bundle, later, keys) {
    if (
      !isObject(later) ||
      !isObject(later.checkpoint) ||
      !Array.isArray(later.leaves) ||
      later.checkpoint.format !== core.CHECKPOINT_FORMAT
    ) {
      fail('malformed', { field: 'later checkpoint' });
    }
    var cp = later.checkpoint;
    await verifySignature(cp, keys, 'later checkpoint');
    if (later.leaves.length !== cp.treeSize || (await core.merkleRoot(later.leaves)) !== cp.rootHash) {
      fail('checkpoint-leaves', { checkpointId: cp.id });
    }
    if (Date.parse(cp.createdAt) < Date.parse(bundle.checkpoint.createdAt)) fail('checkpoint-older', { checkpointId: cp.id });
    var byStream = new Map(
      later.leaves.map(function (l) {
        return [l.stream, l];
      }),
    );
    bundle.streams.forEach(function (info) {
      var leaf = byStream.get(info.stream);
      var at = { stream: info.stream, checkpointId: cp.id, expected: String(info.headRevision) };
      if (!leaf) fail('stream-vanished', at);
      if (leaf.revision < info.headRevision) fail('tail-removed', Object.assign(at, { found: String(leaf.revision) }));
      if (leaf.revision === info.headRevision && leaf.headHash !== info.headHash)
        fail('head-rewritten', Object.assign(at, { found: leaf.headHash }));
    });
    return { id: cp.id, createdAt: cp.createdAt };
  }

  /**
   * Verifies a bundle (text or parsed). keys: [{ keyId, key }] from importPublicKey. Resolves to
   * { ok: true, events, streams, head, ... } or { ok: false, problem: { kind, stream?, revision?, expected?, found? } }.
   */
  async function verifyBundle(input, options) {
    var keys = (options && options.keys) || [];
    try {
      var bundle = input;
      if (typeof input === 'string') {
        try {
          bundle = JSON.parse(input);
        } catch (e) {
          fail('not-json', { message: String(e && e.message) });
        }
      }
      checkShape(bundle);
      var byStream = new Map();
      bundle.events.forEach(function (e) {
        if (!byStream.has(e.stream)) byStream.set(e.stream, []);
        byStream.get(e.stream).push(e);
      });
      for (var i = 0; i < bundle.streams.length; i++) {
        var info = bundle.streams[i];
        await verifyChain(info, byStream.get(info.stream) || []);
        byStream.delete(info.stream);
      }
      if (byStream.size > 0) fail('malformed', { field: 'events of an undeclared stream ' + Array.from(byStream.keys())[0] });
      // Without keys given, the key the bundle names proves integrity only; callers must say so.
      if (keys.length === 0 && options && options.trustBundleKey && bundle.signature && bundle.signature.publicKey) {
        keys = [await importPublicKey(bundle.signature.publicKey)];
      }
      var digest = await verifySignature(bundle, keys, 'bundle');
      await verifySignature(bundle.checkpoint, keys, 'checkpoint');
      for (var j = 0; j < bundle.streams.length; j++) await verifyInclusion(bundle.streams[j], bundle.checkpoint);
      var later = options && options.laterCheckpoint ? await compareLater(bundle, options.laterCheckpoint, keys) : undefined;
      var caseStream =
        bundle.streams.find(function (s) {
          return s.stream === 'case-' + bundle.caseId;
        }) || bundle.streams[0];
      return {
        ok: true,
        caseId: bundle.caseId,
        events: bundle.events.length,
        streams: bundle.streams.length,
        head: caseStream ? caseStream.lastHash : core.GENESIS_HASH,
        heads: bundle.streams.map(function (s) {
          return { stream: s.stream, revision: s.lastRevision, hash: s.lastHash };
        }),
        digest: digest,
        keyId: bundle.signature.keyId,
        keySource: options && options.keys && options.keys.length ? 'given' : 'bundle',
        checkpoint: { id: bundle.checkpoint.id, createdAt: bundle.checkpoint.createdAt },
        laterCheckpoint: later,
      };
    } catch (error) {
      if (error instanceof Problem) return { ok: false, problem: Object.assign({}, error) };
      return { ok: false, problem: { kind: 'malformed', field: String((error && error.message) || error) } };
    }
  }

  return { verifyBundle: verifyBundle, importPublicKey: importPublicKey, keyIdOf: keyIdOf, verifySignature: verifySignature };
});
