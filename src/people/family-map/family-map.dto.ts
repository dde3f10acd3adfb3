import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FamilyMapNodeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['person', 'household', 'case'] }) kind: string;
  @ApiProperty({ description: 'Person: name; household: municipality and address; case: its status' }) label: string;
  @ApiPropertyOptional({ description: 'person: the role in this household' }) role?: string;
  @ApiPropertyOptional({ format: 'date' }) birthDate?: string;
  @ApiPropertyOptional({ description: 'person: the minor this case is about' }) subject?: boolean;
  @ApiPropertyOptional({ description: 'household: the case’s own; case: this case' }) current?: boolean;
  @ApiPropertyOptional({ enum: ['open', 'closed'] }) status?: string;
}

export class FamilyMapEdgeDto {
  @ApiProperty({ format: 'uuid' }) from: string;
  @ApiProperty({ format: 'uuid' }) to: string;
  @ApiProperty({ description: 'A relation kind, member-of, subject-of or sibling-case' }) kind: string;
  @ApiPropertyOptional() role?: string;
  @ApiPropertyOptional({ format: 'date' }) since?: string;
  @ApiPropertyOptional({ type: 'integer' }) degree?: number;
}

export class FamilyMapDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) familyId: string;
  @ApiProperty({ type: [FamilyMapNodeDto] }) nodes: FamilyMapNodeDto[];
  @ApiProperty({ type: [FamilyMapEdgeDto] }) edges: FamilyMapEdgeDto[];
}
