import { ApiProperty } from '@nestjs/swagger';

class JwkDto {
  @ApiProperty({ example: 'OKP' }) kty: 'OKP';
  @ApiProperty({ example: 'Ed25519' }) crv: 'Ed25519';
  @ApiProperty({ description: 'base64url public key' }) x: string;
  @ApiProperty() kid: string;
  @ApiProperty({ example: 'EdDSA' }) alg: 'EdDSA';
  @ApiProperty({ example: 'sig' }) use: 'sig';
}

class PublishedKeyDto {
  @ApiProperty({ description: 'RFC 7638 JWK thumbprint (SHA-256, base64url)' }) keyId: string;
  @ApiProperty({ example: 'Ed25519' }) algorithm: 'Ed25519';
  @ApiProperty({ description: 'SPKI PEM, for `npm run verify -- --public-key`' }) publicKeyPem: string;
  @ApiProperty({ type: JwkDto }) jwk: JwkDto;
  @ApiProperty({ format: 'date-time' }) firstUsedAt: string;
  @ApiProperty({ description: 'The key that signs now' }) current: boolean;
}

export class AuditKeysDto {
  @ApiProperty({ type: [PublishedKeyDto] }) keys: PublishedKeyDto[];
}

class CheckpointSignatureDto {
  @ApiProperty({ example: 'Ed25519' }) algorithm: string;
  @ApiProperty() keyId: string;
  @ApiProperty({ description: 'base64 Ed25519 signature over the SHA-256 of the canonical checkpoint without signature' }) value: string;
}

class SignedCheckpointDto {
  @ApiProperty({ example: 'tutela-checkpoint/1' }) format: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: 'integer' }) treeSize: number;
  @ApiProperty() rootHash: string;
  @ApiProperty({ type: CheckpointSignatureDto }) signature: CheckpointSignatureDto;
}

class LeafDto {
  @ApiProperty() stream: string;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty() headHash: string;
}

export class CheckpointDocumentDto {
  @ApiProperty({ type: SignedCheckpointDto }) checkpoint: SignedCheckpointDto;
  @ApiProperty({ type: [LeafDto], description: 'Sorted by stream: the Merkle tree leaves' }) leaves: LeafDto[];
}
