/** Generated from openapi/openapi.json by `npm run client` (openapi-typescript): do not edit. */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres and the event store answer; each projection with its checkpoint and lag */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text exposition format)
         * @description Bearer METRICS_TOKEN when it is configured; otherwise only clients on the same host, not through a proxy.
         */
        get: operations["scrapeMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find households by a member's name or fiscal code, or a case's R.G. number; only those you may see */
        get: operations["searchFamilies"];
        put?: never;
        /** Register a household (FamilyRegistered). 400 MUNICIPALITY_UNKNOWN (no current comune has the code) or MUNICIPALITY_NAME_MISMATCH (detail names the official name); the official name is kept */
        post: operations["registerFamily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families/{familyId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a person to the household (FamilyMemberAdded); id is the member id. 400 FISCAL_CODE_INCONSISTENT when the code disagrees with the person (details.part: surname, name, birthDate, sex or birthPlace) */
        post: operations["addFamilyMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families/{familyId}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a relation between two members (FamilyRelationRecorded); id is the relation id */
        post: operations["recordFamilyRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families/{familyId}/relations/{relationId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a relation (FamilyRelationEnded); it stays in the record as history */
        post: operations["endFamilyRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families/{familyId}/members/{memberId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a member's details (FamilyMemberDetailsCorrected). 400 FISCAL_CODE_INCONSISTENT when the code disagrees with the person (details.part: surname, name, birthDate, sex or birthPlace) */
        post: operations["correctFamilyMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families/{familyId}/members/{memberId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a member from the household (FamilyMemberRemoved) */
        post: operations["removeFamilyMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families/{familyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household and its members; ETag is the stream revision */
        get: operations["getFamily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families/{familyId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household's events in stream order, with every hashed field (docs/audit-trail.md); next is the following page's cursor */
        get: operations["getFamilyEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find people by name (accents, order and typos tolerated) or fiscal code, among those you may see */
        get: operations["searchPeople"];
        put?: never;
        /** Register a person (PersonRegistered). 409 FISCAL_CODE_ALREADY_REGISTERED or PERSON_POSSIBLE_DUPLICATE lists the candidates. 400 FISCAL_CODE_INCONSISTENT when the code disagrees with the person (details.part: surname, name, birthDate, sex or birthPlace) */
        post: operations["registerPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person: identity, households, and the record it was merged into, if any; ETag is the stream revision */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{personId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a person's identity (PersonDetailsCorrected). 400 FISCAL_CODE_INCONSISTENT when the code disagrees with the person (details.part: surname, name, birthDate, sex or birthPlace) */
        post: operations["correctPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{personId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into the record that stays (PersonMerged); its history is kept */
        post: operations["mergePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/family-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's family as a graph: people, households and cases as nodes; relations, memberships and sibling cases as edges */
        get: operations["getFamilyMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Labels for every enum value of the API, in Italian or English, for front ends to show */
        get: operations["getVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case list: filters, search on the minor’s name, sort by opened date or next deadline, cursor pagination
         * @description Team members see the cases they work on or opened; coordinators and court liaison see every case of the service.
         */
        get: operations["listCases"];
        put?: never;
        /**
         * Open a case for a minor of a registered family (CaseOpened); id is the case id
         * @description One open case per minor: 409 CASE_ALREADY_OPEN names it. 404 FAMILY_NOT_FOUND; 409 MINOR_NOT_IN_FAMILY, MEMBER_NOT_A_MINOR, MINOR_OVER_AGE_LIMIT, REQUESTER_NOT_ELIGIBLE.
         */
        post: operations["openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/prosieguo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a prosieguo amministrativo decree (ProsieguoAmministrativoGranted): the case may go on past 18, at most to 21
         * @description Recordable after the 18th birthday; 409 PROSIEGUO_BEYOND_21.
         */
        post: operations["grantProsieguo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the case (CaseClosed); the one command still accepted past the age limit
         * @description 409 CASE_CLOSED when already closed; 409 MEASURES_IN_FORCE (listing measureIds) while ordered measures have not ended, unless the reason is transferred and receivingService names who takes them over; 409 APPROVAL_REQUIRED where SUPERVISED_ACTS has closure and no coordinator approved a closure with this reason.
         */
        post: operations["closeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/reopening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed case (CaseReopened)
         * @description 409 CASE_NOT_CLOSED; 409 CASE_ALREADY_OPEN when the minor has another open case.
         */
        post: operations["reopenCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/team-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a worker to the team (TeamMemberAssigned)
         * @description 409 TEAM_MEMBER_ALREADY_ASSIGNED.
         */
        post: operations["assignTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/team-members/{workerId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a worker from the team (TeamMemberReleased); releasing the manager leaves the case without one
         * @description 404 TEAM_MEMBER_NOT_FOUND.
         */
        post: operations["releaseTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/case-manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Name the case manager among the team (CaseManagerChanged)
         * @description 409 CASE_MANAGER_NOT_A_MEMBER, CASE_MANAGER_UNCHANGED.
         */
        post: operations["changeCaseManager"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/access-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Let a worker off the team read the case for up to 72 hours (CaseAccessGranted)
         * @description Coordinators only. The worker may read the case (state, events, timeline, exports, report draft) until the grant expires or is revoked; commands stay with the team. 409 ACCESS_GRANT_NEEDLESS when the worker is already on the case.
         */
        post: operations["grantCaseAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/access-grants/{workerId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a worker’s break-glass grant before it expires (CaseAccessGrantRevoked)
         * @description 404 ACCESS_GRANT_NOT_FOUND.
         */
        post: operations["revokeCaseAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an assessment in one discipline (AssessmentStarted); id is the assessment id
         * @description 409 ASSESSMENT_ALREADY_OPEN.
         */
        post: operations["startAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/assessments/{assessmentId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a finding: a fact, a statement (statedBy) or an evaluation (method) (AssessmentEntryRecorded) */
        post: operations["recordAssessmentEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/assessments/{assessmentId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an assessment with its risk level, factors and the needs it found (AssessmentCompleted)
         * @description 409 ASSESSMENT_COMPLETED. The needs get ids, listed in the case view (assessments[].needs), for plan goals to cite.
         */
        post: operations["completeAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a contact with its fact / statement / evaluation entries (ContactRecorded); id is the contact id */
        post: operations["recordContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/support-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft a support plan with goals and planned interventions (SupportPlanDrafted); id is the plan id
         * @description goalNeeds cite the needs of completed assessments: 404 NEED_NOT_FOUND; 400 GOAL_NOT_FOUND for a goal index out of range.
         */
        post: operations["draftSupportPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/support-plans/{planId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the family's agreement and consents (SupportPlanAgreed)
         * @description 409 SUPPORT_PLAN_ALREADY_AGREED, SUPPORT_PLAN_CLOSED; 409 APPROVAL_REQUIRED where SUPERVISED_ACTS has support-plan.
         */
        post: operations["agreeSupportPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/support-plans/{planId}/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an intervention of the plan (InterventionStarted); id is the intervention id */
        post: operations["startIntervention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/support-plans/{planId}/interventions/{interventionId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an intervention (InterventionEnded)
         * @description 409 INTERVENTION_ALREADY_ENDED.
         */
        post: operations["endIntervention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/support-plans/{planId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review the plan, with progress per goal (SupportPlanReviewed)
         * @description 400 GOAL_NOT_FOUND.
         */
        post: operations["reviewSupportPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/support-plans/{planId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the plan once its interventions have ended (SupportPlanClosed)
         * @description 409 INTERVENTIONS_STILL_ACTIVE.
         */
        post: operations["closeSupportPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/protection-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a protection measure (ProtectionMeasureProposed); id is the measure id */
        post: operations["proposeProtectionMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/protection-measures/{measureId}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the decree ordering the measure (ProtectionMeasureOrdered)
         * @description 400 PARENTAL_CONSENT_REQUIRED; 409 MEASURE_ALREADY_ORDERED (a later decree is an extension or a modification). A measure that places the child (foster-care, community-placement, mother-child-community-placement) names where: placedWith (and withParent for a mother–child community), with the codes of POST /cases/{caseId}/emergency-placements; 400 PLACED_WITH_NOT_APPLICABLE on a measure that places nobody. A full place is no refusal: the answer carries warnings[].
         */
        post: operations["orderProtectionMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/protection-measures/{measureId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the decree extending the measure's term, the proroga (ProtectionMeasureExtended)
         * @description 409 MEASURE_NOT_ORDERED, MEASURE_ALREADY_ENDED, MEASURE_WITHOUT_TERM, MEASURE_TERM_EXPIRED (the term ran out before the decree: order a new measure); 400 EXTENSION_NOT_LATER, EXTENSION_NOT_BY_TM (an affido is extended by the TM, L. 184/1983 art. 4 c. 4), DATE_AFTER_OCCURRED_AT, END_BEFORE_START. The end and report deadlines move with the term.
         */
        post: operations["extendProtectionMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/protection-measures/{measureId}/modifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a decree modifying the measure in force: prescriptions, report interval, an earlier end (ProtectionMeasureModified)
         * @description 409 MEASURE_NOT_ORDERED, MEASURE_ALREADY_ENDED, MEASURE_TERM_EXPIRED; 400 LATER_END_IS_EXTENSION (use …/extensions), DATE_AFTER_OCCURRED_AT, END_BEFORE_START. A new report interval replaces the report deadlines after the decree.
         */
        post: operations["modifyProtectionMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/protection-measures/{measureId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a measure (ProtectionMeasureEnded)
         * @description 409 MEASURE_ALREADY_ENDED; 400 DECREE_REQUIRED when an ordered measure ends before its term without the decree ending it. A proposal that was never ordered is withdrawn without one.
         */
        post: operations["endProtectionMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/emergency-placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an art. 403 c.c. emergency placement (EmergencyPlacementMade); occurredAt defaults to placedAt; id is the placement id
         * @description placedWith names the facility (community kinds) or foster carer (foster-family; relatives optionally); a mother–child community names withParent. 400 PLACED_WITH_REQUIRED, PLACED_WITH_AMBIGUOUS, WITH_PARENT_REQUIRED, WITH_PARENT_NOT_APPLICABLE; 404 FACILITY_NOT_FOUND, FOSTER_CARER_NOT_FOUND; 409 FACILITY_CLOSED, FOSTER_CARER_WITHDRAWN, PLACE_KIND_MISMATCH, AFFIDO_KIND_NOT_ACCEPTED, PARENT_NOT_IN_FAMILY. A full place is no refusal: the answer carries warnings[] FACILITY_AT_CAPACITY / FOSTER_CARER_AT_CAPACITY.
         */
        post: operations["makeEmergencyPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/emergency-placements/{placementId}/oral-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the immediate oral notice to the PM (EmergencyPlacementOralNoticeGiven, art. 403 c. 2); its time is occurredAt
         * @description 409 ORAL_NOTICE_ALREADY_GIVEN.
         */
        post: operations["giveOralNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/emergency-placements/{placementId}/notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that measure, documents and report reached the PM (EmergencyPlacementNotified, art. 403 c. 2, within 24 h); the time is occurredAt
         * @description 409 PLACEMENT_ALREADY_NOTIFIED. After 24 h it is recorded with late: true and the placement stays lapsed.
         */
        post: operations["notifyEmergencyPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/emergency-placements/{placementId}/validation-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the PM's request to the TM to validate (EmergencyPlacementValidationRequested, art. 403 c. 3, within 72 h)
         * @description 409 PLACEMENT_NOT_NOTIFIED (send the acts first), VALIDATION_ALREADY_REQUESTED, PLACEMENT_ALREADY_DECIDED.
         */
        post: operations["requestPlacementValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/emergency-placements/{placementId}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the TM decree validating the placement (EmergencyPlacementValidated, art. 403 c. 4, within 48 h of the request)
         * @description 409 PLACEMENT_NOT_NOTIFIED, VALIDATION_NOT_REQUESTED (record the PM request first), PLACEMENT_ALREADY_DECIDED.
         */
        post: operations["validateEmergencyPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/emergency-placements/{placementId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the PM's revocation (before a request) or the TM's refusal to validate (EmergencyPlacementRevoked)
         * @description 409 PLACEMENT_NOT_NOTIFIED, PLACEMENT_ALREADY_DECIDED.
         */
        post: operations["revokeEmergencyPlacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/emergency-placements/{placementId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the TM's decree after the hearing confirming, modifying or revoking the validation (EmergencyPlacementValidationReviewed, art. 403 c. 5, within 15 days)
         * @description 409 PLACEMENT_NOT_VALIDATED, HEARING_NOT_SET, REVIEW_BEFORE_HEARING, VALIDATION_ALREADY_REVIEWED.
         */
        post: operations["reviewPlacementValidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/judicial-mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a further mandate of the Judicial Authority (JudicialMandateReceived); its report deadlines become deadlines */
        post: operations["receiveJudicialMandate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/judicial-mandates/modifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a decree modifying the mandates in force of a proceeding (JudicialMandateModified)
         * @description 404 MANDATE_NOT_FOUND (no mandate of that proceeding on the case); 409 MANDATE_ALREADY_ENDED; 400 DATE_AFTER_OCCURRED_AT, END_BEFORE_START. New report deadlines or a new interval replace the report deadlines after the decree.
         */
        post: operations["modifyJudicialMandate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/judicial-mandates/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the decree ending the mandates of a proceeding (JudicialMandateEnded)
         * @description 404 MANDATE_NOT_FOUND; 409 MANDATE_ALREADY_ENDED; 400 DATE_AFTER_OCCURRED_AT, END_BEFORE_START. Later report deadlines are cancelled.
         */
        post: operations["endJudicialMandate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/court-hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a court hearing, e.g. the art. 403 hearing of a placement (CourtHearingScheduled); id is the hearing id */
        post: operations["scheduleCourtHearing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/court-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a report to the Judicial Authority covering a revision range of the case, pinned by its chain hash (CourtReportSubmitted); id is the report id
         * @description headHash must be the hash of the event at coveredEvents.toRevision (see GET /cases/{caseId}/events): 409 REPORT_HEAD_HASH_MISMATCH, 400 REPORT_RANGE_BEYOND_STREAM; 409 APPROVAL_REQUIRED where SUPERVISED_ACTS has court-report and no coordinator approved this head hash.
         */
        post: operations["submitCourtReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case now (ETag: its revision), or as of an instant
         * @description ?asOf=<instant>&axis=recorded: what the service knew then; axis=occurred: what was true then, late records included. 404 CASE_NOT_FOUND when the case did not exist at that instant.
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's events in stream order, with both time axes, actor and chain hashes; next is the following page's cursor */
        get: operations["getCaseEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's narrative entries (facts, statements, evaluations) with their texts, by kind, discipline and date
         * @description Read from the case stream itself. Entries restricted to another discipline come without text, with textDigest.
         */
        get: operations["listCaseEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/child-hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the service's hearing of the child (ChildHeard); id is the hearing id
         * @description 400 DISCERNMENT_NOT_STATED (under 12), HEARING_WITHOUT_WORDS, HEARD_BEFORE_CASE_OPENED.
         */
        post: operations["hearChild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/team-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the team's joint evaluation, the valutazione d'équipe (TeamEvaluationRecorded); id is the evaluation id
         * @description 400 CONTRIBUTOR_NOT_ON_TEAM, CONTRIBUTION_NOT_THEIR_DISCIPLINE (the role decides the discipline), AGREEMENT_NOT_BY_TEAM, AGREED_AND_DISSENTED; 403 RESTRICTION_NOT_YOUR_DISCIPLINE. Report drafts cite the latest evaluation of their period.
         */
        post: operations["recordTeamEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an act to the coordinator for approval (SubmittedForApproval); id is the approval id
         * @description support-plan names the drafted planId; closure the closureReason; court-report the toRevision and headHash the report will pin. 400 APPROVAL_SUBJECT_MISSING; 404 SUPPORT_PLAN_NOT_FOUND; 409 SUPPORT_PLAN_NOT_DRAFT, ALREADY_SUBMITTED, REPORT_HEAD_HASH_MISMATCH.
         */
        post: operations["submitForApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/approvals/{approvalId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted act, or return it with a reason (SubmissionApproved, SubmissionReturned)
         * @description Coordinators only. 400 REASON_REQUIRED when returned without one; 404 APPROVAL_NOT_FOUND; 409 APPROVAL_ALREADY_DECIDED.
         */
        post: operations["decideSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners, filtered by municipality and kind; active ones first, then by name */
        get: operations["listPartners"];
        put?: never;
        /** Register a community partner (PartnerRegistered); id is the partner id. 400 MUNICIPALITY_UNKNOWN when no current comune has the ISTAT code */
        post: operations["registerPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the partner's contact person (PartnerContactUpdated)
         * @description 409 CONTACT_UNCHANGED.
         */
        post: operations["updatePartnerContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a partner (PartnerDeactivated): it can no longer be cited
         * @description 409 PARTNER_INACTIVE.
         */
        post: operations["deactivatePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a partner (PartnerReactivated)
         * @description 409 PARTNER_ALREADY_ACTIVE.
         */
        post: operations["reactivatePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner with its contact; ETag is the stream revision */
        get: operations["getPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The initiatives calendar: upcoming (soonest first) or past (latest first) */
        get: operations["listInitiatives"];
        put?: never;
        /**
         * Plan an initiative (InitiativePlanned); id is the initiative id. 400 MUNICIPALITY_UNKNOWN when a promoting ISTAT code is no current comune
         * @description 404 PARTNER_NOT_FOUND, 409 PARTNER_INACTIVE for a partner involved.
         */
        post: operations["planInitiative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{initiativeId}/holding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the initiative took place, with its participants (InitiativeHeld)
         * @description 409 INITIATIVE_CANCELLED, INITIATIVE_ALREADY_HELD, INITIATIVE_NOT_YET_DUE.
         */
        post: operations["holdInitiative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{initiativeId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a planned initiative (InitiativeCancelled)
         * @description 409 INITIATIVE_CANCELLED, INITIATIVE_ALREADY_HELD.
         */
        post: operations["cancelInitiative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{initiativeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One initiative; ETag is the stream revision */
        get: operations["getInitiative"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/community/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report inbox: by status, soonest screening deadline first, overdue ones flagged; never the reporter */
        get: operations["listReports"];
        put?: never;
        /**
         * Receive a report about a minor (ReportReceived); id is the report id
         * @description Screening is due in REPORT_SCREENING_WORKING_DAYS working days, 24 hours on serious harm. 404 PARTNER_NOT_FOUND, 409 PARTNER_INACTIVE.
         */
        post: operations["receiveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/community/reports/{reportId}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen a report (ReportScreened): no action, advice to the reporter, or the case opened from it
         * @description 409 REPORT_ALREADY_SCREENED; 404 CASE_NOT_FOUND when case-opened names no case; 409 CASE_NOT_FROM_REPORT when the case named is not one whose intake cites this report.
         */
        post: operations["screenReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/community/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One report; ETag is the stream revision
         * @description The reporter is shown to coordinators and to the team of the case opened from it; to others it is withheld (reporterRedacted).
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/community/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts for a period: initiatives held and their participants by category, reports by source kind and by outcome; and the occupancy of each open facility today
         * @description Days are Europe/Rome calendar days, both ends included; an initiative counts on the day it was held, a report on the day it was received. municipality filters initiatives only: a report names no municipality. Coordinator only, like GET /statistics. 400 INVALID_PERIOD.
         */
        get: operations["getCommunityStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facilities, by kind and municipality; open ones first, then by name; each with its capacity and occupancy now */
        get: operations["listFacilities"];
        put?: never;
        /** Register a residential community (FacilityRegistered); id is the facility id. 400 MUNICIPALITY_UNKNOWN (no current comune has the code) or MUNICIPALITY_NAME_MISMATCH (detail names the official name); the official name is kept */
        post: operations["registerFacility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facilities/{facilityId}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the authorised places (FacilityCapacityChanged)
         * @description 409 FACILITY_CLOSED, CAPACITY_UNCHANGED.
         */
        post: operations["changeFacilityCapacity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facilities/{facilityId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a facility (FacilityClosed): no new placement may name it; placements already there are unchanged
         * @description 409 FACILITY_CLOSED.
         */
        post: operations["closeFacility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facilities/{facilityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One facility with its authorisation, capacity and occupancy now; ETag is the stream revision */
        get: operations["getFacility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/foster-carers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Foster carers, by kind of affido accepted; active ones first; each with the places offered and taken now */
        get: operations["listFosterCarers"];
        put?: never;
        /**
         * Register adults of a household as foster carers (FosterCarerRegistered); id is the foster carer id
         * @description 404 FAMILY_NOT_FOUND; 409 CARER_NOT_IN_FAMILY, CARER_IS_A_MINOR; 400 DATE_AFTER_OCCURRED_AT (assessedOn in the future).
         */
        post: operations["registerFosterCarer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/foster-carers/{fosterCarerId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the kinds of affido accepted and the places offered (FosterCarerAvailabilityChanged)
         * @description 409 FOSTER_CARER_WITHDRAWN, AVAILABILITY_UNCHANGED.
         */
        post: operations["changeFosterCarerAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/foster-carers/{fosterCarerId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The household no longer fosters (FosterCarerWithdrawn): no new placement may name it
         * @description 409 FOSTER_CARER_WITHDRAWN.
         */
        post: operations["withdrawFosterCarer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/foster-carers/{fosterCarerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One foster household: its carers, availability, assessment date and places taken now; ETag is the revision */
        get: operations["getFosterCarer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statutory deadlines computed from the events: lapsed and overdue first, then soonest first
         * @description art. 403 c.c. steps (acts to the PM 24 h, PM request 72 h, TM validation 48 h, hearing 15 days, TM review 15 days after the hearing; a missed step makes the placement lapse: MeasureLapsed, lapsedByEventId), affido end (24 months) and reports (every 6 months unless the decree says otherwise), report deadlines of judicial mandates, support plan reviews, the 18th birthday (shown 90 days ahead) and the end of a prosieguo amministrativo. Hour deadlines count elapsed hours from when the event occurred; day and month deadlines end at the end of that Europe/Rome day. Team members see the deadlines of the cases they work on or opened; coordinators and court liaison see every case. Coordinators also see the screening deadline of every report (report-screening, caseId null): REPORT_SCREENING_WORKING_DAYS working days skipping Italian public holidays, 24 h on serious harm.
         */
        get: operations["listDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workers/{workerId}/calendar-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the worker's private calendar feed URL (ICS); the previous one stops working
         * @description Only the worker themselves (403 NOT_YOUR_CALENDAR). The URL carries a random token that is shown once and kept only as a SHA-256 hash; issuing again revokes the previous token. Recorded as CalendarFeedTokenIssued. Idempotency-Key is ignored here: the answer holds a secret that is never stored.
         */
        post: operations["issueCalendarToken"];
        /**
         * Revoke the worker's calendar feed URL
         * @description Only the worker themselves (403 NOT_YOUR_CALENDAR). 204 also when no token was live; a revocation is recorded as CalendarFeedTokenRevoked.
         */
        delete: operations["revokeCalendarToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workers/{workerId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A worker's statutory deadlines as an ICS calendar feed (subscribe from Outlook or Google Calendar)
         * @description No bearer token: the feed token from POST /workers/{workerId}/calendar-token is the credential. The unmet deadlines of the cases the worker opened or is on, open and overdue; timed deadlines as UTC instants, day deadlines as all-day events on their Europe/Rome date; each with a stable UID, an Italian summary naming the step and the case by its R.G. number or a short reference (never the minor), a link to the case and an alarm. A wrong or revoked token, or an unknown worker, is 404 CALENDAR_FEED_NOT_FOUND.
         */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workers/{workerId}/reminder-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Receive a daily e-mail digest of deadlines due in the next days and overdue ones
         * @description Only the worker themselves (403 NOT_YOUR_CALENDAR). Sent when SMTP_URL is configured; see REMINDER_DAYS_AHEAD.
         */
        put: operations["putReminderSettings"];
        post?: never;
        /**
         * Stop the e-mail digest and forget the address
         * @description Only the worker themselves; 204 also when none was set.
         */
        delete: operations["removeReminderSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of the case as a readable line, in Italian and English, with actor, both times and entry kinds
         * @description Lines are factual: closed vocabularies, counts and dates, never the free text of entries (that stays in the event). Default order is occurred (what happened when); order=recorded follows the revisions (what the service knew when). 404 when the case has no events.
         */
        get: operations["getCaseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workers/{workerId}/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A worker's open cases: role on each, case manager or not, municipality, latest risk level; with counts
         * @description A worker on no open case has an empty caseload (200), since workers live in the identity provider, not in tutela. Team members may read only their own (403 NOT_YOUR_CASELOAD).
         */
        get: operations["getWorkerCaseload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open cases per worker, per role and per municipality
         * @description Open cases only: a closed case weighs on nobody. A case with two members counts once per member in byWorker.
         */
        get: operations["getCaseloadOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The coordinator's inbox: acts submitted for approval (pending by default), oldest first
         * @description Acts the service has its coordinator approve (SUPERVISED_ACTS): support plans, closures, reports to the court. Decide one with POST /cases/{caseId}/approvals/{approvalId}/decision. Pages: { items, next }, limit and cursor.
         */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts for a period: cases opened per intake and referrer kind, open at the end, measures by kind, closures by reason
         * @description Days are Europe/Rome calendar days, both ends included. Opening and closure count on the date they occurred; a measure on its decree date. Counts only, no personal data (SINBA, DM 206/2014). Coordinator only.
         */
        get: operations["getStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/audit-trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the case file for the court: a signed JSON bundle, a CSV table or a PDF in Italian (AuditTrailExported)
         * @description Every event of the case stream and of its family stream in the period, with prevHash and hash. The export is recorded on the case before it is sent. INVALID_RANGE when from is after to. Verify a bundle with GET /verify, `npm run verify` or docs/audit-trail.md.
         */
        get: operations["exportAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/audit-trail/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Re-verify the stored hash chains of the case and its family, and compare their heads with the latest checkpoint
         * @description Per stream: whether the chain holds, the first break (revision, expected and found hash), and the checkpoint comparison.
         */
        get: operations["verifyAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every public key that ever signed a bundle or checkpoint, by key id (PEM and JWK); no token needed */
        get: operations["listAuditKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint with all its leaves: give it to `npm run verify -- --checkpoint` or the /verify page */
        get: operations["getLatestCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoints/{checkpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One signed checkpoint with all its leaves */
        get: operations["getCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/report-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Draft the report to the Judicial Authority for a period: facts, statements, evaluations, measures, hearings, deadlines
         * @description Entries are chosen by when they occurred. headHash is the case head the draft covers: cite it when submitting (POST court-reports). Recorded on the case as AuditTrailExported (document report-draft). INVALID_RANGE when from is after to.
         */
        get: operations["getReportDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A self-contained HTML page, in Italian, that verifies a court bundle in the browser; no token needed
         * @description Drop a bundle (GET /cases/{caseId}/audit-trail?format=json), optionally a PEM public key and a later checkpoint (GET /audit/checkpoints/latest). Nothing is uploaded: the page makes no request, and still works once saved to disk.
         */
        get: operations["getVerifyPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{caseId}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every read of the case's content: who, when, which route and request; exports are AuditTrailExported events */
        get: operations["getCaseAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/families/{familyId}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every read of the household and of its cases: what a member may ask under GDPR art. 15 */
        get: operations["getFamilyAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{personId}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every read of a person's record, of their households and of the cases about them (GDPR art. 15) */
        get: operations["getPersonAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your subscriptions (those made with your token subject), oldest first */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Subscribe a URL to event types: webhooks from now on
         * @description Each event is POSTed as its IntegrationEvent JSON, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). At least once: deduplicate on webhook-id. Events of one case (else one family) arrive in order, one after another; a 2xx answer is success, anything else is retried with exponential backoff and parked after the last attempt. The subscription starts at the store's head: events recorded after it are sent, none before (read GET /feed for history). The same URL and types twice is 409 SUBSCRIPTION_EXISTS. Integrator tokens with the webhooks scope; personal types need the feed scope too (403 MISSING_SCOPE).
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of your subscriptions (without its secret)
         * @description Someone else’s is 404 SUBSCRIPTION_NOT_FOUND.
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /** Unsubscribe: nothing more is sent, pending deliveries and the delivery log are deleted */
        delete: operations["removeSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of one of your subscriptions, newest first
         * @description Every attempted or waiting delivery with its state, attempts and last error. Someone else’s subscription is 404.
         */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscriptionId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a parked or delivered delivery again, now
         * @description Its attempts start again from zero, with the same webhook-id. A parked delivery holds back later events of its case: redelivering it lets them follow. A pending one is 409 DELIVERY_PENDING; an unknown one 404 DELIVERY_NOT_FOUND.
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exports/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pseudonymised statistics: one row per minor with a case active in the period (SINBA, DM 206/2014 art. 5 c.4)
         * @description A case is active when it opened by the end of the period and did not close before its start. Per minor: an HMAC-SHA256 pseudonym of the minor (stable under one key; pseudonymisation.keyId, also in X-Pseudonym-Key-Id, tells keys apart), birth month, the family's ISTAT code, intakes, assessment risk levels by month, interventions, protection measures and art. 403 placements by kind with dates, closures by reason and month, all as they stood at the end of the period. No names, fiscal codes, addresses, free text, worker or internal ids. CSV: UTF-8 with a BOM, lists as `;`-joined `kind@date` or `kind@start/end`. Integrators need the statistics scope (403 MISSING_SCOPE); the coordinator needs none. INVALID_RANGE when from is after to.
         */
        get: operations["exportStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The integration events of the whole service in commit order, page by page, replayable from the first event
         * @description Public, versioned events (case.opened.v1, …; schemas in openapi/asyncapi.yaml). next is the position of the last event read, even one the types filter left out, so a filtered consumer never reads it again; next is null only when nothing came after the cursor yet. A bad cursor is 400 INVALID_CURSOR, an unknown type 400 UNKNOWN_EVENT_TYPE. Integrator tokens with the feed scope only (403 FORBIDDEN_ROLE for other roles, 403 MISSING_SCOPE without the scope). Personal events (personal: true: names, fiscal codes, addresses, narrative text) are served only to the feed scope, which this route requires; webhooks and statistics scopes never reach them here.
         */
        get: operations["readFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feed as Server-Sent Events: catch-up from the cursor, then live, resumable with Last-Event-ID
         * @description Each event is a frame "id: <position>", "event: <type>", "data: <the JSON of a GET /feed item>". A comment ": heartbeat" comes every 15 s (FEED_HEARTBEAT_MS); with it, a frame holding only an id may move Last-Event-ID past events the types filter left out. The server reads the next event only once the socket has room for it. A bad Last-Event-ID or after is 400 INVALID_CURSOR before any stream byte. Integrator tokens with the feed scope only (403 FORBIDDEN_ROLE for other roles, 403 MISSING_SCOPE without the scope). Personal events (personal: true: names, fiscal codes, addresses, narrative text) are served only to the feed scope, which this route requires; webhooks and statistics scopes never reach them here.
         */
        get: operations["streamFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every projection with its checkpoint, lag and last error */
        get: operations["listProjections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay a projection from zero into shadow tables, then swap them in */
        post: operations["rebuildProjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/projections/rebuilds/{rebuildId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of a rebuild */
        get: operations["getRebuildProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemFieldError: {
            /** @example birthDate */
            field: string;
            /**
             * @example [
             *       "birthDate must be a valid ISO 8601 date string"
             *     ]
             */
            messages: string[];
        };
        ProblemDto: {
            /** @example https://tutela.example/problems/case-closed */
            type: string;
            /** @example Conflict */
            title: string;
            /** @example 409 */
            status: number;
            /** @example Case 6f1c… is closed */
            detail: string;
            /**
             * @description Stable machine-readable code
             * @example CASE_CLOSED
             */
            code: string;
            /** @example /cases/6f1c…/contacts */
            instance?: string;
            errors?: components["schemas"]["ProblemFieldError"][];
        };
        MunicipalityDto: {
            /**
             * @description ISTAT code of a current comune (6 digits), from ISTAT's list
             * @example 015146
             */
            istatCode: string;
            /**
             * @description Its name, compared without accents, case or apostrophes (forli is Forlì); the official name is kept and answered
             * @example Milano
             */
            name: string;
        };
        FamilySummaryMemberView: {
            /** Format: uuid */
            personId: string;
            givenName: string;
            familyName: string;
            /** Format: date */
            birthDate: string;
            /** @enum {string} */
            role: "minor" | "parent" | "guardian" | "other-adult";
        };
        FamilySummaryView: {
            /** Format: uuid */
            id: string;
            municipality: components["schemas"]["MunicipalityDto"];
            address: string;
            members: components["schemas"]["FamilySummaryMemberView"][];
        };
        FamiliesPageView: {
            items: components["schemas"]["FamilySummaryView"][];
            next: string | null;
        };
        RegisterFamilyDto: {
            municipality: components["schemas"]["MunicipalityDto"];
            /** @example Via Roma 1 */
            address: string;
        };
        CommandWarningDto: {
            /** @example FACILITY_AT_CAPACITY */
            code: string;
            /** @example Facility Casa Aurora had 2 of 2 places taken before this placement */
            detail: string;
        };
        CommandResultDto: {
            /**
             * Format: uuid
             * @description The id of what the command created
             */
            id?: string;
            /**
             * @description The stream revision after the command; send it back as If-Match: "3"
             * @example 3
             */
            revision: number;
            /**
             * @description Opaque store position; pass it as consistentWith to read your write
             * @example 1234-56
             */
            position: string;
            /** @description Present when the command was accepted with a warning */
            warnings?: components["schemas"]["CommandWarningDto"][];
        };
        BirthPlaceDto: {
            /**
             * @description ISTAT code of the comune of birth
             * @example 058091
             */
            istatCode?: string;
            /**
             * @description Its name; answered with the official one
             * @example Roma
             */
            name?: string;
            /**
             * @description Born abroad: the state, ISO 3166-1 alpha-2
             * @example AL
             */
            country?: string;
        };
        AddFamilyMemberDto: {
            /**
             * Format: uuid
             * @description Link a person of the registry instead of giving details (409 candidates name them)
             */
            personId?: string;
            /** @description Register a new person even though the registry lists close matches */
            confirmNewPerson?: boolean;
            /**
             * @description Required unless personId is given
             * @example Luca
             */
            givenName: string;
            /**
             * @description Required unless personId is given
             * @example Bianchi
             */
            familyName: string;
            /**
             * Format: date
             * @description Required unless personId is given
             * @example 2015-03-02
             */
            birthDate: string;
            /**
             * @description X: not stated; required unless personId is given
             * @example M
             * @enum {string}
             */
            sex: "M" | "F" | "X";
            /**
             * @example minor
             * @enum {string}
             */
            role: "minor" | "parent" | "guardian" | "other-adult";
            /**
             * @description Codice fiscale: its check character, and its surname, name, birth date and sex parts against the person (omocodia allowed)
             * @example BNCLCU15C02F205X
             */
            fiscalCode?: string;
            /** @description A comune { istatCode, name } or a state abroad { country } */
            birthPlace?: components["schemas"]["BirthPlaceDto"];
        };
        GuardianshipDecreeDto: {
            /** @example tribunale-per-i-minorenni */
            authority: string;
            /** @example 123/2026 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-02-01
             */
            decreeDate: string;
        };
        RecordRelationDto: {
            /**
             * @description parent-of, step-parent-of, guardian-of read "from is ... of to"; the others hold both ways
             * @enum {string}
             */
            kind: "parent-of" | "step-parent-of" | "sibling-of" | "partner-of" | "guardian-of" | "lives-with" | "relative-of";
            /**
             * Format: uuid
             * @description A current member of this household
             */
            fromId: string;
            /**
             * Format: uuid
             * @description A current member of this household
             */
            toId: string;
            /**
             * Format: date
             * @example 2015-03-02
             */
            since?: string;
            /** @description relative-of only: the degree of kinship (art. 76 c.c.) */
            degree?: number;
            /** @description guardian-of only: the decree appointing the guardian */
            decree?: components["schemas"]["GuardianshipDecreeDto"];
        };
        EndRelationDto: {
            /**
             * Format: date
             * @example 2026-01-10
             */
            endedOn: string;
            /** @example Separation */
            reason?: string;
        };
        CorrectFamilyMemberDto: {
            /**
             * @description Required unless personId is given
             * @example Luca
             */
            givenName?: string;
            /**
             * @description Required unless personId is given
             * @example Bianchi
             */
            familyName?: string;
            /**
             * Format: date
             * @description Required unless personId is given
             * @example 2015-03-02
             */
            birthDate?: string;
            /**
             * @description X: not stated; required unless personId is given
             * @example M
             * @enum {string}
             */
            sex?: "M" | "F" | "X";
            /**
             * @example minor
             * @enum {string}
             */
            role?: "minor" | "parent" | "guardian" | "other-adult";
            /**
             * @description Codice fiscale: its check character, and its surname, name, birth date and sex parts against the person (omocodia allowed)
             * @example BNCLCU15C02F205X
             */
            fiscalCode?: string;
            /** @description A comune { istatCode, name } or a state abroad { country } */
            birthPlace?: components["schemas"]["BirthPlaceDto"];
            /** @example Birth date mistyped at registration */
            reason: string;
        };
        RemoveFamilyMemberDto: {
            /** @example Moved out of the household */
            reason: string;
        };
        FamilyMemberView: {
            /** Format: uuid */
            id: string;
            givenName: string;
            familyName: string;
            /** Format: date */
            birthDate: string;
            /** @enum {string} */
            sex: "M" | "F" | "X";
            /** @enum {string} */
            role: "minor" | "parent" | "guardian" | "other-adult";
            fiscalCode?: string;
            /** @description A comune { istatCode, name } or a state abroad { country } */
            birthPlace?: components["schemas"]["BirthPlaceDto"];
            /**
             * Format: uuid
             * @description The person registry id (the same as id), when the member is one
             */
            personId?: string;
        };
        FamilyRelationView: {
            /** Format: uuid */
            relationId: string;
            /** @enum {string} */
            kind: "parent-of" | "step-parent-of" | "sibling-of" | "partner-of" | "guardian-of" | "lives-with" | "relative-of";
            /** Format: uuid */
            fromId: string;
            /** Format: uuid */
            toId: string;
            /** Format: date */
            since?: string;
            degree?: number;
            decree?: components["schemas"]["GuardianshipDecreeDto"];
            /**
             * Format: date
             * @description Set once the relation ended
             */
            endedOn?: string;
        };
        FamilyView: {
            /** Format: uuid */
            id: string;
            municipality: components["schemas"]["MunicipalityDto"];
            address: string;
            members: components["schemas"]["FamilyMemberView"][];
            /** @description Current and ended relations between members */
            relations: components["schemas"]["FamilyRelationView"][];
            /** @example 2 */
            revision: number;
        };
        ActorView: {
            /** @example alice */
            id: string;
            /** @example social-worker */
            role: string;
        };
        CaseEventView: {
            /** @example 0 */
            revision: number;
            /**
             * Format: uuid
             * @description The event id (not hashed)
             */
            id: string;
            /** @example CaseOpened */
            type: string;
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When it happened, as the user told it
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description When the service stored it
             */
            recordedAt: string;
            actor: components["schemas"]["ActorView"];
            /** @description The request chain the event belongs to */
            correlationId: string;
            /** @description The request that recorded it */
            causationId: string;
            /** @example 1 */
            schemaVersion: number;
            /** @description sha256(prevHash + canonical JSON of type, data, metadata but hash): docs/audit-trail.md */
            hash: string;
            /** @description 64 zeros for the first event */
            prevHash: string;
        };
        CaseEventsPageDto: {
            items: components["schemas"]["CaseEventView"][];
            /** @description The cursor of the next page, to pass as `cursor`; null on the last page */
            next: string | null;
        };
        RegisterPersonDto: {
            /** @example Anna */
            givenName: string;
            /** @example Ferri */
            familyName: string;
            /**
             * Format: date
             * @example 1988-04-12
             */
            birthDate: string;
            /**
             * @description X: not stated
             * @example F
             * @enum {string}
             */
            sex: "M" | "F" | "X";
            /**
             * @description Codice fiscale: its check character, and its surname, name, birth date and sex parts against the person (omocodia allowed)
             * @example FRRNNA88D52H501F
             */
            fiscalCode?: string;
            /**
             * @description ISO 3166-1 alpha-2 codes
             * @example [
             *       "IT"
             *     ]
             */
            citizenship?: string[];
            /** @description A comune { istatCode, name } or a state abroad { country } */
            birthPlace?: components["schemas"]["BirthPlaceDto"];
            /** @description Register even though people with close names and the same birth date exist (409 listed them) */
            confirmNewPerson?: boolean;
        };
        HouseholdRefDto: {
            /** Format: uuid */
            familyId: string;
            /** @example parent */
            role: string;
        };
        PersonSummaryDto: {
            /** Format: uuid */
            personId: string;
            givenName: string;
            familyName: string;
            /** Format: date */
            birthDate: string;
            /** @enum {string} */
            sex: "M" | "F" | "X";
            fiscalCode: string | null;
            households: components["schemas"]["HouseholdRefDto"][];
        };
        PeoplePageDto: {
            items: components["schemas"]["PersonSummaryDto"][];
            /** @description cursor of the next page */
            next: string | null;
        };
        PersonViewDto: {
            /** Format: uuid */
            personId: string;
            givenName: string;
            familyName: string;
            /** Format: date */
            birthDate: string;
            /** @enum {string} */
            sex: "M" | "F" | "X";
            fiscalCode: string | null;
            households: components["schemas"]["HouseholdRefDto"][];
            citizenship?: string[];
            /** @description A comune { istatCode, name } or a state abroad { country } */
            birthPlace?: components["schemas"]["BirthPlaceDto"];
            /**
             * Format: uuid
             * @description Set once merged: the record that stands for this person
             */
            mergedInto: string | null;
            revision: number;
        };
        CorrectPersonDto: {
            /** @example Anna */
            givenName?: string;
            /** @example Ferri */
            familyName?: string;
            /**
             * Format: date
             * @example 1988-04-12
             */
            birthDate?: string;
            /**
             * @description X: not stated
             * @example F
             * @enum {string}
             */
            sex?: "M" | "F" | "X";
            /**
             * @description Codice fiscale: its check character, and its surname, name, birth date and sex parts against the person (omocodia allowed)
             * @example FRRNNA88D52H501F
             */
            fiscalCode?: string;
            /**
             * @description ISO 3166-1 alpha-2 codes
             * @example [
             *       "IT"
             *     ]
             */
            citizenship?: string[];
            /** @description A comune { istatCode, name } or a state abroad { country } */
            birthPlace?: components["schemas"]["BirthPlaceDto"];
            /** @example Birth date mistyped at registration */
            reason: string;
        };
        MergePersonDto: {
            /**
             * Format: uuid
             * @description The record that stays: this one is merged into it
             */
            into: string;
            /** @example Registered twice, once with a misspelled name */
            reason: string;
        };
        FamilyMapNodeDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "person" | "household" | "case";
            /** @description Person: name; household: municipality and address; case: its status */
            label: string;
            /** @description person: the role in this household */
            role?: string;
            /** Format: date */
            birthDate?: string;
            /** @description person: the minor this case is about */
            subject?: boolean;
            /** @description household: the case’s own; case: this case */
            current?: boolean;
            /** @enum {string} */
            status?: "open" | "closed";
        };
        FamilyMapEdgeDto: {
            /** Format: uuid */
            from: string;
            /** Format: uuid */
            to: string;
            /** @description A relation kind, member-of, subject-of or sibling-case */
            kind: string;
            role?: string;
            /** Format: date */
            since?: string;
            degree?: number;
        };
        FamilyMapDto: {
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            familyId: string;
            nodes: components["schemas"]["FamilyMapNodeDto"][];
            edges: components["schemas"]["FamilyMapEdgeDto"][];
        };
        VocabularyDto: {
            /** @enum {string} */
            lang: "it" | "en";
            /**
             * @description By enum, each value of the API with its label: { intakeKinds: { spontaneous: "spontanea", … }, … }
             * @example {
             *       "riskLevels": {
             *         "none": "nessuno",
             *         "low": "basso",
             *         "medium": "medio",
             *         "high": "alto"
             *       }
             *     }
             */
            labels: Record<string, never>;
        };
        SpontaneousIntakeDto: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "spontaneous";
            /**
             * Format: uuid
             * @description A parent or guardian of the family, or the minor
             */
            requesterId: string;
            /** @example Asks for help: the boy refuses to go to school. */
            reason: string;
        };
        ReferrerDto: {
            /**
             * @example school
             * @enum {string}
             */
            kind: "school" | "paediatrician" | "socio-health-service" | "community-partner" | "other";
            /** @example IC Manzoni */
            organisation: string;
            /** @example prof.ssa Anna Bianchi */
            contactPerson: string;
        };
        SemiSpontaneousIntakeDto: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "semi-spontaneous";
            referrer: components["schemas"]["ReferrerDto"];
            /** @example Frequent absences since October. */
            reason: string;
            /**
             * Format: uuid
             * @description A registered, active community partner who referred the minor
             */
            partnerId?: string;
            /**
             * Format: uuid
             * @description The report (segnalazione) the case is opened from
             */
            reportId?: string;
        };
        JudicialIntakeDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 123/2026 R.G. */
            proceedingNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * @example [
             *       "investigation-and-assessment"
             *     ]
             */
            mandates: ("investigation-and-assessment" | "support-and-control" | "monitoring")[];
            /**
             * @description The report deadlines the judge set (YYYY-MM-DD); may be empty.
             * @example [
             *       "2027-02-01"
             *     ]
             */
            reportDeadlines: string[];
            /** @description A standing report interval the decree sets, besides or instead of fixed dates */
            reportEveryMonths?: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "judicial";
        };
        OpenCaseDto: {
            /** Format: uuid */
            familyId: string;
            /**
             * Format: uuid
             * @description A member of the family with the role minor, under 18 on the intake date
             */
            minorId: string;
            intake: components["schemas"]["SpontaneousIntakeDto"] | components["schemas"]["SemiSpontaneousIntakeDto"] | components["schemas"]["JudicialIntakeDto"];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        GrantProsieguoDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 301/2026 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * Format: date
             * @description No later than the 21st birthday
             * @example 2028-06-30
             */
            until: string;
            /**
             * Format: date
             * @description When the young person consented
             * @example 2026-11-02
             */
            youngPersonConsentedAt: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        CloseCaseDto: {
            /**
             * @example goals-met
             * @enum {string}
             */
            reason: "goals-met" | "moved-away" | "transferred" | "age-limit-reached" | "court-order" | "other";
            note?: string;
            /**
             * @description A transfer closure: the service that takes the case over, with its measures in force
             * @example Servizio Tutela Minori, Comune di Monza
             */
            receivingService?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ReopenCaseDto: {
            /** @example New report from the school. */
            reason: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        AssignTeamMemberDto: {
            /** @example alice */
            workerId: string;
            /** @example Alice Rossi */
            name: string;
            /**
             * @example social-worker
             * @enum {string}
             */
            role: "social-worker" | "psychologist" | "educator";
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ReleaseTeamMemberDto: {
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ChangeCaseManagerDto: {
            /**
             * @description A current member of the team
             * @example alice
             */
            workerId: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        GrantCaseAccessDto: {
            /**
             * @description The worker (token subject) who is not on the team and needs to read the case
             * @example alice
             */
            workerId: string;
            /** @example On-call night duty: the minor was brought to the emergency room */
            reason: string;
            /**
             * @description How long the grant runs, in whole hours
             * @example 12
             */
            hours: number;
        };
        RevokeCaseAccessDto: {
            /** @example The worker has been assigned to the team */
            reason?: string;
        };
        StartAssessmentDto: {
            /**
             * @example psychological
             * @enum {string}
             */
            discipline: "social" | "psychological" | "educational";
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        RecordAssessmentEntryDto: {
            /**
             * @example statement
             * @enum {string}
             */
            kind: "fact" | "statement" | "evaluation";
            /** @example Says the boy has not slept well since the summer. */
            text: string;
            /**
             * @description Required when kind is statement; refused otherwise.
             * @example mother
             */
            statedBy?: string;
            /**
             * @description Required when kind is evaluation; refused otherwise.
             * @example semi-structured interview
             */
            method?: string;
            /**
             * @description Clinical confidentiality: only workers of this discipline read the text; the rest of the team sees that the entry exists. Only a worker of that discipline may restrict an entry to it.
             * @example psychological
             * @enum {string}
             */
            restrictedTo?: "social" | "psychological" | "educational";
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        NeedDto: {
            /**
             * @example education
             * @enum {string}
             */
            domain: "health" | "education" | "relationships" | "living-conditions" | "parenting";
            /** @example Frequenza scolastica irregolare: 40 assenze nel quadrimestre */
            description: string;
        };
        CompleteAssessmentDto: {
            /**
             * @example medium
             * @enum {string}
             */
            riskLevel: "none" | "low" | "medium" | "high";
            /**
             * @example [
             *       "social isolation of the mother"
             *     ]
             */
            riskFactors: string[];
            /**
             * @example [
             *       "grandmother nearby, engaged"
             *     ]
             */
            protectiveFactors: string[];
            summary?: string;
            /** @description Needs found; the case view gives their ids for plan goals */
            needs?: components["schemas"]["NeedDto"][];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        NarrativeEntryDto: {
            /**
             * @example statement
             * @enum {string}
             */
            kind: "fact" | "statement" | "evaluation";
            /** @example Says the boy has not slept well since the summer. */
            text: string;
            /**
             * @description Required when kind is statement; refused otherwise.
             * @example mother
             */
            statedBy?: string;
            /**
             * @description Required when kind is evaluation; refused otherwise.
             * @example semi-structured interview
             */
            method?: string;
            /**
             * @description Clinical confidentiality: only workers of this discipline read the text; the rest of the team sees that the entry exists. Only a worker of that discipline may restrict an entry to it.
             * @example psychological
             * @enum {string}
             */
            restrictedTo?: "social" | "psychological" | "educational";
        };
        RecordContactDto: {
            /**
             * @example home-visit
             * @enum {string}
             */
            kind: "interview" | "home-visit" | "call" | "school-meeting" | "team-meeting";
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
            /**
             * @example [
             *       "mother",
             *       "Alice Rossi"
             *     ]
             */
            participants: string[];
            entries: components["schemas"]["NarrativeEntryDto"][];
            /** @description People of the case's household met (a contact may be with the parent alone) */
            personIds?: string[];
        };
        PlannedInterventionDto: {
            /**
             * @example home-educational-support
             * @enum {string}
             */
            kind: "psychological-support" | "home-educational-support" | "community-educational-support" | "day-centre" | "social-economic-support" | "parent-group" | "school-partnership" | "vicinanza-solidale" | "supervised-contact" | "parenting-support" | "anti-violence-centre" | "housing-support" | "employment-support" | "health-service-referral";
            /** @example Coop. Il Melograno */
            provider?: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            expectedStartOn?: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            expectedEndOn?: string;
            /**
             * Format: uuid
             * @description An adult of the case's household the intervention is for (work with the parent)
             */
            targetPersonId?: string;
        };
        ParentGoalDto: {
            /**
             * Format: uuid
             * @description An adult of the case's household
             */
            personId: string;
            /** @example Trovare un alloggio stabile entro sei mesi */
            goal: string;
        };
        GoalNeedsDto: {
            /**
             * @description The goal's place in the plan's goals, from 0
             * @example 0
             */
            goalIndex: number;
            /** @description Need ids, as the case view lists them */
            needIds: string[];
        };
        DraftSupportPlanDto: {
            /**
             * @example [
             *       "regular school attendance"
             *     ]
             */
            goals: string[];
            interventions: components["schemas"]["PlannedInterventionDto"][];
            parentGoals?: components["schemas"]["ParentGoalDto"][];
            /** @description The assessed needs each goal answers */
            goalNeeds?: components["schemas"]["GoalNeedsDto"][];
            /**
             * Format: date
             * @example 2027-02-01
             */
            nextReviewOn?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ConsentDto: {
            /** @example Maria Esposito */
            name: string;
            /**
             * @example parent
             * @enum {string}
             */
            role: "minor" | "parent" | "guardian" | "other-adult";
            /**
             * Format: uuid
             * @description The family member, when registered
             */
            memberId?: string;
            /**
             * Format: date
             * @example 2026-11-09
             */
            consentedAt: string;
        };
        AgreeSupportPlanDto: {
            consents: components["schemas"]["ConsentDto"][];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        StartInterventionDto: {
            /**
             * @example home-educational-support
             * @enum {string}
             */
            kind: "psychological-support" | "home-educational-support" | "community-educational-support" | "day-centre" | "social-economic-support" | "parent-group" | "school-partnership" | "vicinanza-solidale" | "supervised-contact" | "parenting-support" | "anti-violence-centre" | "housing-support" | "employment-support" | "health-service-referral";
            /** @example Coop. Il Melograno */
            provider: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            startedOn: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            expectedEndOn?: string;
            /**
             * Format: uuid
             * @description An adult of the case's household the intervention is for (work with the parent)
             */
            targetPersonId?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        EndInterventionDto: {
            /**
             * Format: date
             * @example 2026-11-02
             */
            endedOn: string;
            outcome?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        GoalReviewDto: {
            /**
             * @description The goal's place in the plan's goals, from 0
             * @example 0
             */
            goalIndex: number;
            /**
             * @example achieved
             * @enum {string}
             */
            progress: "not-started" | "in-progress" | "achieved" | "not-achieved";
            /** @example Frequenza regolare da ottobre */
            note?: string;
        };
        ReviewSupportPlanDto: {
            /**
             * Format: date
             * @example 2026-11-02
             */
            reviewedOn: string;
            /** @example attendance improving; keep home support */
            outcome: string;
            /**
             * Format: date
             * @example 2027-05-10
             */
            nextReviewOn?: string;
            /** @description Progress per goal */
            goalProgress?: components["schemas"]["GoalReviewDto"][];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        CloseSupportPlanDto: {
            reason?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ProposeProtectionMeasureDto: {
            /**
             * @example foster-care
             * @enum {string}
             */
            kind: "emergency-placement" | "foster-care" | "community-placement" | "mother-child-community-placement" | "limitation-of-parental-responsibility" | "loss-of-parental-responsibility" | "court-ordered-supervised-contact";
            /**
             * @example l184-art4-consensual-affido
             * @enum {string}
             */
            legalBasis?: "art-403-cc" | "art-333-cc" | "art-330-cc" | "l184-art4-consensual-affido" | "l184-art4-judicial-affido" | "other";
            /**
             * @example foster-family
             * @enum {string}
             */
            placeKind?: "foster-family" | "relatives" | "community" | "mother-child-community" | "other";
            /** @example The mother will be in hospital for several months. */
            reason: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        PlacedWithDto: {
            /**
             * Format: uuid
             * @description A facility (GET /facilities): required for community and mother-child-community
             */
            facilityId?: string;
            /**
             * Format: uuid
             * @description A foster carer (GET /foster-carers): required for foster-family, optional for relatives
             */
            fosterCarerId?: string;
        };
        OrderProtectionMeasureDto: {
            /** @description Where the child is. Required when the place kind needs one (community, mother-child-community: facilityId; foster-family: fosterCarerId): 400 PLACED_WITH_REQUIRED. */
            placedWith?: components["schemas"]["PlacedWithDto"];
            /**
             * Format: uuid
             * @description Mother–child community only, and then required: the parent placed with the child, a member of the case's family with role parent
             */
            withParent?: string;
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example giudice-tutelare
             */
            authority: string;
            /** @example 45/2026 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * @example l184-art4-consensual-affido
             * @enum {string}
             */
            legalBasis: "art-403-cc" | "art-333-cc" | "art-330-cc" | "l184-art4-consensual-affido" | "l184-art4-judicial-affido" | "other";
            /**
             * Format: date
             * @example 2026-11-02
             */
            startsOn?: string;
            /**
             * Format: date
             * @description Affido: at most 24 months from the start unless the TM extends it
             * @example 2026-11-02
             */
            endsOn?: string;
            /** @description Report interval set by the decree (affido default: 6); other measures report only when it is set */
            reportEveryMonths?: number;
            /** @description Required for a consensual affido: the consent of the parent(s) holding parental responsibility */
            consents?: components["schemas"]["ConsentDto"][];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ExtendProtectionMeasureDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 112/2027 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * Format: date
             * @description The new end of the measure's term, later than the current one
             * @example 2026-11-02
             */
            endsOn: string;
            /** @example Sospendere l'affidamento recherebbe pregiudizio al minore. */
            reason: string;
            /** @description A new report interval, when the decree changes it */
            reportEveryMonths?: number;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ModifyProtectionMeasureDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 112/2027 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /** @example Incontri protetti con il padre ogni quindici giorni. */
            prescriptions: string;
            /**
             * Format: date
             * @description An earlier end than the current term; a later one is an extension
             * @example 2026-11-02
             */
            endsOn?: string;
            /** @description A new report interval, when the decree changes it */
            reportEveryMonths?: number;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        DecreeDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 112/2027 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
        };
        EndProtectionMeasureDto: {
            /**
             * Format: date
             * @example 2026-11-02
             */
            endedOn: string;
            /** @example Return home after the mother recovered. */
            reason: string;
            /** @description Required when an ordered measure ends before its term: the decree that ends it */
            decree?: components["schemas"]["DecreeDto"];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        MakeEmergencyPlacementDto: {
            /** @description Where the child is. Required when the place kind needs one (community, mother-child-community: facilityId; foster-family: fosterCarerId): 400 PLACED_WITH_REQUIRED. */
            placedWith?: components["schemas"]["PlacedWithDto"];
            /**
             * Format: uuid
             * @description Mother–child community only, and then required: the parent placed with the child, a member of the case's family with role parent
             */
            withParent?: string;
            /**
             * Format: date-time
             * @example 2026-11-08T22:30:00+01:00
             */
            placedAt: string;
            /**
             * @example mother-child-community
             * @enum {string}
             */
            placeKind: "foster-family" | "relatives" | "community" | "mother-child-community" | "other";
            /** @example Violence at home reported by the police at night. */
            reason: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        NotifyEmergencyPlacementDto: {
            /**
             * @description Defaults to procura-presso-il-tm
             * @example procura-presso-il-tm
             */
            authority?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ValidateEmergencyPlacementDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 88/2026 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * Format: date-time
             * @description The hearing the TM set (within 15 days)
             * @example 2026-11-24T10:00:00+01:00
             */
            hearingDate?: string;
            /** @example avv. Carla Neri */
            curatoreSpeciale?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        RevokeEmergencyPlacementDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example procura-presso-il-tm
             */
            authority: string;
            /** @example 12/2026 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            reason?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ReviewPlacementValidationDto: {
            /**
             * @example confirmed
             * @enum {string}
             */
            outcome: "confirmed" | "modified" | "revoked";
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 95/2026 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            note?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ReceiveJudicialMandateDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 123/2026 R.G. */
            proceedingNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * @example [
             *       "investigation-and-assessment"
             *     ]
             */
            mandates: ("investigation-and-assessment" | "support-and-control" | "monitoring")[];
            /**
             * @description The report deadlines the judge set (YYYY-MM-DD); may be empty.
             * @example [
             *       "2027-02-01"
             *     ]
             */
            reportDeadlines: string[];
            /** @description A standing report interval the decree sets, besides or instead of fixed dates */
            reportEveryMonths?: number;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ModifyJudicialMandateDto: {
            /**
             * @description The proceeding whose mandates in force the decree changes
             * @example 123/2026 R.G.
             */
            proceedingNumber: string;
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 77/2027 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
            /** @example Il servizio sostiene la madre e vigila sugli incontri con il padre. */
            prescriptions: string;
            /** @description What the service must now do */
            mandates?: ("investigation-and-assessment" | "support-and-control" | "monitoring")[];
            /**
             * @description New report deadlines; they replace those after the decree
             * @example [
             *       "2027-02-01"
             *     ]
             */
            reportDeadlines?: string[];
            /** @description A standing report interval from the decree on; it replaces the report deadlines after the decree */
            reportEveryMonths?: number;
        };
        EndJudicialMandateDto: {
            /**
             * @description The proceeding whose mandates in force the decree changes
             * @example 123/2026 R.G.
             */
            proceedingNumber: string;
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 77/2027 */
            decreeNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            endedOn: string;
            /** @example Il procedimento è archiviato. */
            reason?: string;
        };
        ScheduleCourtHearingDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /**
             * Format: date-time
             * @example 2027-01-15T09:30:00+01:00
             */
            hearingDate: string;
            /** @example 123/2026 R.G. */
            proceedingNumber?: string;
            purpose?: string;
            /**
             * Format: uuid
             * @description The art. 403 placement this hearing is about
             */
            placementId?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        CoveredEventsDto: {
            /** @example 0 */
            fromRevision: number;
            /** @example 42 */
            toRevision: number;
        };
        SubmitCourtReportDto: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 123/2026 R.G. */
            proceedingNumber?: string;
            /**
             * Format: date
             * @example 2026-08-01
             */
            periodFrom: string;
            /**
             * Format: date
             * @example 2026-10-31
             */
            periodTo: string;
            /** @description The revisions of the case stream the report covers */
            coveredEvents: components["schemas"]["CoveredEventsDto"];
            /** @description Chain hash of the event at coveredEvents.toRevision */
            headHash: string;
            sections: components["schemas"]["NarrativeEntryDto"][];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        MinorView: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            birthDate: string;
            /** Format: date */
            eighteenthBirthday: Record<string, never> | null;
            /**
             * Format: date
             * @description The last date the service may act (day before 18, or the prosieguo end)
             */
            ageLimit: Record<string, never> | null;
            /** @description As the person registry knows them now (absent in a view as of the past) */
            givenName?: string;
            familyName?: string;
            /** @description Whole years today */
            age?: number;
        };
        MandateView: {
            /**
             * @description Judicial authority slug (reference data that can grow); known: tribunale-per-i-minorenni, procura-presso-il-tm, tribunale-ordinario, giudice-tutelare, corte-d-appello
             * @example tribunale-per-i-minorenni
             */
            authority: string;
            /** @example 123/2026 R.G. */
            proceedingNumber: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            decreeDate: string;
            /**
             * @example [
             *       "investigation-and-assessment"
             *     ]
             */
            mandates: ("investigation-and-assessment" | "support-and-control" | "monitoring")[];
            /**
             * @description The report deadlines the judge set (YYYY-MM-DD); may be empty.
             * @example [
             *       "2027-02-01"
             *     ]
             */
            reportDeadlines: string[];
            /** @description A standing report interval the decree sets, besides or instead of fixed dates */
            reportEveryMonths?: number;
            /**
             * Format: date
             * @description When a decree ended it
             */
            endedOn?: string;
            /** @description Later decrees of the proceeding: { authority, decreeNumber, decreeDate, change: 'modified' | 'ended', note } */
            laterDecrees?: Record<string, never>[];
        };
        ReportDeadlineView: {
            /** Format: date */
            due: string;
            authority: string;
            proceedingNumber: string;
        };
        TeamMemberView: {
            /** @example alice */
            workerId: string;
            name: string;
            /** @enum {string} */
            role: "social-worker" | "psychologist" | "educator";
        };
        NeedView: {
            /**
             * Format: uuid
             * @description What plan goals cite (goalNeeds)
             */
            needId: string;
            /** @enum {string} */
            domain: "health" | "education" | "relationships" | "living-conditions" | "parenting";
            description: string;
        };
        AssessmentView: {
            /** Format: uuid */
            assessmentId: string;
            /** @enum {string} */
            discipline: "social" | "psychological" | "educational";
            /** @enum {string} */
            status: "open" | "completed";
            entriesCount: number;
            /** @enum {string} */
            riskLevel?: "none" | "low" | "medium" | "high";
            riskFactors: string[];
            protectiveFactors: string[];
            summary?: string;
            needs: components["schemas"]["NeedView"][];
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            completedAt?: string;
        };
        GoalStateView: {
            goal: string;
            /** @description The needs it answers */
            needIds: string[];
            /**
             * @description As the latest review that spoke of it found it
             * @enum {string}
             */
            progress?: "not-started" | "in-progress" | "achieved" | "not-achieved";
            /** Format: date */
            reviewedOn?: string;
        };
        InterventionView: {
            /** Format: uuid */
            interventionId: string;
            /** @enum {string} */
            kind: "psychological-support" | "home-educational-support" | "community-educational-support" | "day-centre" | "social-economic-support" | "parent-group" | "school-partnership" | "vicinanza-solidale" | "supervised-contact" | "parenting-support" | "anti-violence-centre" | "housing-support" | "employment-support" | "health-service-referral";
            provider: string;
            /** Format: date */
            startedOn: string;
            /** Format: date */
            expectedEndOn?: string;
            /** @enum {string} */
            status: "active" | "ended";
            /** Format: date */
            endedOn?: string;
            outcome?: string;
        };
        SupportPlanView: {
            /** Format: uuid */
            planId: string;
            /** @enum {string} */
            status: "draft" | "agreed" | "closed";
            goals: string[];
            /** @description The goals in order (goalIndex), their needs and progress */
            goalStates: components["schemas"]["GoalStateView"][];
            plannedInterventions: components["schemas"]["PlannedInterventionDto"][];
            interventions: components["schemas"]["InterventionView"][];
            /** @description { reviewedOn, outcome, nextReviewOn? } */
            reviews: {
                [key: string]: unknown;
            }[];
            /** Format: date */
            nextReviewOn?: string;
            /** @description { consents: Consent[], agreedAt } */
            agreement?: {
                [key: string]: unknown;
            };
            closeReason?: string;
        };
        MeasureView: {
            /** Format: uuid */
            measureId: string;
            /** @enum {string} */
            kind: "emergency-placement" | "foster-care" | "community-placement" | "mother-child-community-placement" | "limitation-of-parental-responsibility" | "loss-of-parental-responsibility" | "court-ordered-supervised-contact";
            /** @enum {string} */
            status: "proposed" | "ordered" | "ended";
            reason: string;
            /** @description { authority, decreeNumber, decreeDate } */
            decree?: {
                [key: string]: unknown;
            };
            /** @description legalBasis, placeKind, startsOn, endsOn, reportEveryMonths, consents, endedOn, endReason when known */
            legalBasis?: string;
            /** @description Where the child is: { kind: 'facility', facilityId, name } or { kind: 'foster-carer', fosterCarerId, name } (names as when placed) */
            placedWith?: {
                [key: string]: unknown;
            };
            /** @description Mother–child community: the parent placed with the child, { memberId, name } */
            withParent?: {
                [key: string]: unknown;
            };
            /** @description Later decrees, oldest first: { authority, decreeNumber, decreeDate, change: 'extended' | 'modified', note } */
            laterDecrees: Record<string, never>[];
            /** @description The decree that ended an ordered measure before its term */
            endDecree?: {
                [key: string]: unknown;
            };
        };
        HouseholdView: {
            /** Format: uuid */
            id: string;
            /**
             * @example {
             *       "istatCode": "040012",
             *       "name": "Forlì"
             *     }
             */
            municipality: Record<string, never>;
            address: string;
        };
        PlacementView: {
            /** Format: uuid */
            placementId: string;
            /** Format: date-time */
            placedAt: string;
            /** @enum {string} */
            placeKind: "foster-family" | "relatives" | "community" | "mother-child-community" | "other";
            reason: string;
            /** @description Where the child is: { kind: 'facility', facilityId, name } or { kind: 'foster-carer', fosterCarerId, name } (names as when placed) */
            placedWith?: {
                [key: string]: unknown;
            };
            /** @description Mother–child community: the parent placed with the child, { memberId, name } */
            withParent?: {
                [key: string]: unknown;
            };
            /**
             * @description notified: the acts reached the PM (art. 403 c. 2); lapsed is final, later steps do not revive it (c. 7)
             * @enum {string}
             */
            status: "made" | "notified" | "validation-requested" | "validated" | "revoked" | "confirmed" | "modified" | "lapsed";
            /**
             * Format: date-time
             * @description The immediate oral notice to the PM
             */
            oralNoticeAt?: string;
            /**
             * Format: date-time
             * @description When measure and acts reached the PM
             */
            notifiedAt?: string;
            notifiedTo?: string;
            /**
             * Format: date-time
             * @description The PM's request for validation
             */
            validationRequestedAt?: string;
            /** @description { outcome, authority, decreeNumber, decreeDate, reason?, curatoreSpeciale?, decidedAt } */
            decision?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            hearingDate?: string;
            /** @description After the hearing: { outcome: confirmed | modified | revoked, decree, reviewedAt } */
            review?: {
                [key: string]: unknown;
            };
            /** @description The missed step: { missedStep, dueAt } */
            lapse?: {
                [key: string]: unknown;
            };
            /** @description Steps recorded after their term */
            lateSteps?: string[];
        };
        HearingView: {
            /** Format: uuid */
            hearingId: string;
            authority: string;
            /** Format: date-time */
            hearingDate: string;
            proceedingNumber?: string;
            purpose?: string;
            /** Format: uuid */
            placementId?: string;
        };
        ReportView: {
            /** Format: uuid */
            id: string;
            source: components["schemas"]["ReportSourceDto"];
            /** @description Absent unless you are a coordinator or on the team of the case opened from it */
            reporter?: components["schemas"]["ReporterDto"];
            /** @description true when the reporter is withheld from you */
            reporterRedacted: boolean;
            minor: components["schemas"]["ReportedMinorDto"];
            concern: string;
            seriousHarm: boolean;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            screeningDueAt: string;
            screening?: components["schemas"]["ScreeningView"];
            /** @example 1 */
            revision: number;
        };
        TeamEvaluationView: {
            /** Format: uuid */
            evaluationId: string;
            /** Format: date-time */
            evaluatedAt: string;
            disciplines: ("social" | "psychological" | "educational")[];
            conclusion: string;
            agreedBy: string[];
            dissentBy: string[];
        };
        MilestoneView: {
            /** @enum {string} */
            kind: "opened" | "closed" | "reopened";
            /** @enum {string} */
            intakeKind?: "spontaneous" | "semi-spontaneous" | "judicial";
            /** @description closed: one of goals-met, moved-away, transferred, age-limit-reached, court-order, other; reopened: free text */
            reason?: string;
            note?: string;
            /** Format: date-time */
            occurredAt?: string;
        };
        CaseViewDto: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** Format: uuid */
            familyId: string;
            minor: components["schemas"]["MinorView"];
            intake: components["schemas"]["SpontaneousIntakeDto"] | components["schemas"]["SemiSpontaneousIntakeDto"] | components["schemas"]["JudicialIntakeDto"];
            judicialMandates: components["schemas"]["MandateView"][];
            reportDeadlines: components["schemas"]["ReportDeadlineView"][];
            team: components["schemas"]["TeamMemberView"][];
            caseManager: components["schemas"]["TeamMemberView"] | null;
            assessments: components["schemas"]["AssessmentView"][];
            supportPlans: components["schemas"]["SupportPlanView"][];
            protectionMeasures: components["schemas"]["MeasureView"][];
            /** @description The measures proposed or in force: not ended */
            openMeasures: components["schemas"]["MeasureView"][];
            /** @description The household, as registered (absent in a view as of the past) */
            household?: components["schemas"]["HouseholdView"];
            emergencyPlacements: components["schemas"]["PlacementView"][];
            hearings: components["schemas"]["HearingView"][];
            reports: components["schemas"]["ReportView"][];
            /** @description Acts submitted to the coordinator: { approvalId, act, subjectKey, submittedBy, submittedAt, status, decidedBy?, reason? } */
            approvals: {
                [key: string]: unknown;
            }[];
            /** @description Valutazioni d'équipe, oldest first; their texts are in /entries */
            teamEvaluations: components["schemas"]["TeamEvaluationView"][];
            /** @description { count, lastAt }: the entries themselves are in the events */
            contacts: {
                [key: string]: unknown;
            };
            /** @description { authority, decreeNumber, decreeDate, until, youngPersonConsentedAt } */
            prosieguo: {
                [key: string]: unknown;
            } | null;
            history: components["schemas"]["MilestoneView"][];
            /**
             * @description The newest revision in this view; as ETag on the current case
             * @example 12
             */
            revision: number;
            /**
             * Format: date-time
             * @description Echoed when asked as of an instant
             */
            asOf?: string;
            /** @enum {string} */
            axis?: "recorded" | "occurred";
        };
        CaseEntryDto: {
            revision: number;
            /** @example ContactRecorded */
            eventType: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            kind: "fact" | "statement" | "evaluation";
            /** @description Absent when the entry is restricted to another discipline (textDigest is given) */
            text?: string;
            statedBy?: string;
            method?: string;
            /** @enum {string} */
            discipline?: "social" | "psychological" | "educational";
            /** @enum {string} */
            restrictedTo?: "social" | "psychological" | "educational";
            /** @description SHA-256 of seal + text, for a restricted entry */
            textDigest?: string;
        };
        CaseEntriesPageDto: {
            items: components["schemas"]["CaseEntryDto"][];
            next: string | null;
        };
        ChildWordsDto: {
            /** @example Alla mamma voglio bene, ma a casa si urla sempre. */
            text: string;
        };
        ChildWishDto: {
            /**
             * @example placement
             * @enum {string}
             */
            about: "plan" | "placement" | "contact-with-parents" | "other";
            /** @example Vorrebbe restare nella stessa scuola. */
            text: string;
        };
        HearChildDto: {
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
            /** @example Stanza di ascolto del consultorio */
            place: string;
            /**
             * @description Who listened: the workers (token subjects)
             * @example [
             *       "paola"
             *     ]
             */
            heardBy: string[];
            /**
             * @description Who else was present; empty if nobody
             * @example [
             *       "curatore speciale avv. Neri"
             *     ]
             */
            present: string[];
            /** @example Colloquio libero con disegno, senza i genitori, adatto agli 8 anni */
            method: string;
            /** @description The child's words: recorded as statements by the minor */
            statements: components["schemas"]["ChildWordsDto"][];
            /** @description The child's wishes about the plan, the placement, contact with the parents */
            wishes: components["schemas"]["ChildWishDto"][];
            /** @description Required under 12: why the child is capable of discernment (art. 336-bis c.c.) */
            discernment?: string;
        };
        TeamContributionDto: {
            /**
             * @example psychological
             * @enum {string}
             */
            discipline: "social" | "psychological" | "educational";
            /**
             * @description The worker who gave it: on the team, of that discipline
             * @example paola
             */
            workerId: string;
            /** @description Usually an evaluation, with its method; restrictable by its discipline */
            entry: components["schemas"]["NarrativeEntryDto"];
        };
        DissentDto: {
            /** @example marco */
            workerId: string;
            /** @example Ritiene prematuro il rientro in famiglia prima della fine dell'anno scolastico. */
            text: string;
        };
        RecordTeamEvaluationDto: {
            contributions: components["schemas"]["TeamContributionDto"][];
            /** @example Il minore può rientrare in famiglia con educativa domiciliare e sostegno alla madre. */
            conclusion: string;
            /**
             * @description Team members who agreed
             * @example [
             *       "alice",
             *       "paola"
             *     ]
             */
            agreedBy: string[];
            /** @description Team members who disagree, and why */
            dissent?: components["schemas"]["DissentDto"][];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        SubmitForApprovalDto: {
            /**
             * @example support-plan
             * @enum {string}
             */
            act: "support-plan" | "closure" | "court-report";
            /**
             * Format: uuid
             * @description support-plan: the drafted plan
             */
            planId?: string;
            /**
             * @description closure: the reason the case will close with
             * @example goals-met
             * @enum {string}
             */
            closureReason?: "goals-met" | "moved-away" | "transferred" | "age-limit-reached" | "court-order" | "other";
            /** @description court-report: the report's coveredEvents.toRevision */
            toRevision?: number;
            /** @description court-report: the stream's hash at toRevision, as the report will pin it */
            headHash?: string;
            /** @example Piano condiviso con la madre; chiedo la verifica prima della firma. */
            note?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        DecideSubmissionDto: {
            /**
             * @example returned
             * @enum {string}
             */
            outcome: "approved" | "returned";
            /**
             * @description Required when returned: what to change
             * @example Manca il parere della psicologa.
             */
            reason?: string;
            note?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        PartnerContactDto: {
            /** @example prof.ssa Anna Bianchi */
            name: string;
            /** @example referente per il benessere a scuola */
            role: string;
            /**
             * Format: email
             * @example anna.bianchi@icmanzoni.edu.it
             */
            email?: string;
            /** @example +39 02 1234567 */
            phone?: string;
        };
        RegisterPartnerDto: {
            /**
             * @example school
             * @enum {string}
             */
            kind: "school" | "oratory" | "sports-club" | "aggregation-project" | "volunteer-group" | "parent-group" | "health-service" | "paediatrician" | "other";
            /** @example IC Manzoni */
            name: string;
            /**
             * @description ISTAT code of the comune where the partner works
             * @example 015146
             */
            municipality: string;
            contact: components["schemas"]["PartnerContactDto"];
        };
        UpdatePartnerContactDto: {
            contact: components["schemas"]["PartnerContactDto"];
        };
        PartnerStatusChangeDto: {
            /** @example The project ended in June */
            reason: string;
        };
        PartnerListItem: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "school" | "oratory" | "sports-club" | "aggregation-project" | "volunteer-group" | "parent-group" | "health-service" | "paediatrician" | "other";
            name: string;
            /** @example 015146 */
            municipality: string;
            active: boolean;
            /** Format: date-time */
            registeredAt: string;
        };
        PartnerListView: {
            items: components["schemas"]["PartnerListItem"][];
            /** @description Cursor of the next page (pass it as `cursor`); null on the last page */
            next: string | null;
        };
        PartnerView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "school" | "oratory" | "sports-club" | "aggregation-project" | "volunteer-group" | "parent-group" | "health-service" | "paediatrician" | "other";
            name: string;
            /** @example 015146 */
            municipality: string;
            contact: components["schemas"]["PartnerContactDto"];
            active: boolean;
            /** @example 2 */
            revision: number;
        };
        PlanInitiativeDto: {
            /** @example Stare bene a scuola: incontro con i genitori */
            title: string;
            /**
             * @example awareness
             * @enum {string}
             */
            kind: "awareness" | "prevention" | "partner-training" | "parent-group" | "other";
            /**
             * @description ISTAT codes of the promoting comuni
             * @example [
             *       "015146"
             *     ]
             */
            municipalities: string[];
            /** @description Registered, active partners */
            partnerIds: string[];
            /**
             * Format: date-time
             * @description When it takes place
             * @example 2026-11-10T09:30:00+01:00
             */
            scheduledAt: string;
            /** @example Aula magna, IC Manzoni */
            place: string;
        };
        ParticipantsDto: {
            /** @example 10 */
            parents: number;
            /** @example 10 */
            minors: number;
            /** @example 10 */
            teachers: number;
            /** @example 10 */
            operators: number;
            /** @example 10 */
            citizens: number;
        };
        HoldInitiativeDto: {
            /** @description How many took part, by category */
            participants: components["schemas"]["ParticipantsDto"];
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        CancelInitiativeDto: {
            /** @example The school is closed for the strike */
            reason: string;
        };
        InitiativeView: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            kind: "awareness" | "prevention" | "partner-training" | "parent-group" | "other";
            /**
             * @example [
             *       "015146"
             *     ]
             */
            municipalities: string[];
            partnerIds: string[];
            /** Format: date-time */
            scheduledAt: string;
            place: string;
            /** @enum {string} */
            status: "planned" | "held" | "cancelled";
            participants?: components["schemas"]["ParticipantsDto"];
        };
        InitiativeCalendarView: {
            items: components["schemas"]["InitiativeView"][];
            /** @description Cursor of the next page (pass it as `cursor`); null on the last page */
            next: string | null;
        };
        ReportSourceDto: {
            /**
             * @example partner
             * @enum {string}
             */
            kind: "partner" | "citizen" | "service";
            /**
             * Format: uuid
             * @description Required when kind is partner: a registered, active partner
             */
            partnerId?: string;
            /**
             * @description Required when kind is service
             * @example Consultorio familiare ASST Nord
             */
            service?: string;
        };
        ReporterDto: {
            /** @example prof.ssa Anna Bianchi */
            name: string;
            /**
             * @description Phone or email, as the reporter gave it
             * @example +39 02 1234567
             */
            contact?: string;
        };
        ReportedMinorDto: {
            /** @example Giulia */
            givenName?: string;
            /**
             * @example 0-2
             * @enum {string}
             */
            ageBand?: "0-2" | "3-5" | "6-10" | "11-13" | "14-17";
            /** @example IC Manzoni, 2ª media */
            school?: string;
        };
        ReceiveReportDto: {
            source: components["schemas"]["ReportSourceDto"];
            /** @description Shown only to coordinators and, once a case is opened from the report, its team */
            reporter: components["schemas"]["ReporterDto"];
            /** @description What the reporter knows of the minor; every field is optional */
            minor: components["schemas"]["ReportedMinorDto"];
            /** @example Bruises on her arms, twice this month; she says she fell. */
            concern: string;
            /** @description Serious harm feared: screening is due within 24 hours */
            seriousHarm: boolean;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ScreenReportDto: {
            /**
             * @example no-action
             * @enum {string}
             */
            outcome: "no-action" | "advice" | "case-opened";
            /** @description Required for no-action: why nothing follows */
            reason?: string;
            /** @description Required for advice: what the reporter was advised */
            advice?: string;
            /**
             * Format: uuid
             * @description Required for case-opened: the case opened from this report
             */
            caseId?: string;
            /**
             * Format: date-time
             * @description When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.
             * @example 2026-11-10T09:30:00+01:00
             */
            occurredAt?: string;
        };
        ReportInboxItem: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            sourceKind: "partner" | "citizen" | "service";
            /** Format: uuid */
            partnerId?: string;
            seriousHarm: boolean;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            screeningDueAt: string;
            /** @enum {string} */
            status: "awaiting-screening" | "screened";
            /** @description Awaiting screening past its deadline */
            overdue: boolean;
            /** @enum {string} */
            outcome?: "no-action" | "advice" | "case-opened";
            /** Format: uuid */
            caseId?: string;
        };
        ReportInboxView: {
            items: components["schemas"]["ReportInboxItem"][];
            /** @description Cursor of the next page (pass it as `cursor`); null on the last page */
            next: string | null;
        };
        ScreeningView: {
            /** @enum {string} */
            outcome: "no-action" | "advice" | "case-opened";
            reason?: string;
            advice?: string;
            /** Format: uuid */
            caseId?: string;
            /** Format: date-time */
            screenedAt: string;
        };
        CountByKey: {
            key: string;
            count: number;
        };
        OccupancyView: {
            /** @example 2 */
            capacity: number;
            /**
             * @description Children placed there now (placements started, not ended, revoked or lapsed)
             * @example 1
             */
            occupied: number;
            /**
             * @description capacity - occupied; negative when over capacity
             * @example 1
             */
            free: number;
        };
        FacilityOccupancyItem: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "comunita-educativa" | "comunita-madre-bambino" | "comunita-familiare" | "pronta-accoglienza" | "alloggio-autonomia";
            /** @example 015146 */
            municipality: string;
            occupancy: components["schemas"]["OccupancyView"];
        };
        CommunityStatisticsView: {
            /**
             * @example {
             *       "from": "2026-01-01",
             *       "to": "2026-12-31"
             *     }
             */
            period: Record<string, never>;
            municipality: string | null;
            /** @description Initiatives held in the period */
            initiativesHeld: number;
            /** @description Participants of those initiatives, by category */
            participants: components["schemas"]["ParticipantsDto"];
            /** @description Reports received in the period, by source kind */
            reportsBySource: components["schemas"]["CountByKey"][];
            /** @description Those reports by screening outcome; awaiting-screening for the rest */
            reportsByOutcome: components["schemas"]["CountByKey"][];
            /** @description Each open facility (of the municipality, when given) with its occupancy today */
            facilities: components["schemas"]["FacilityOccupancyItem"][];
        };
        FacilityAuthorisationDto: {
            /**
             * @description The region that authorised the facility to operate
             * @example Lombardia
             */
            region: string;
            /**
             * @description Number of the authorising act
             * @example DGR 1234/2024
             */
            actNumber: string;
            /**
             * Format: date
             * @example 2024-03-15
             */
            actDate: string;
        };
        RegisterFacilityDto: {
            /** @example Comunità Casa Aurora */
            name: string;
            /**
             * @example comunita-madre-bambino
             * @enum {string}
             */
            kind: "comunita-educativa" | "comunita-madre-bambino" | "comunita-familiare" | "pronta-accoglienza" | "alloggio-autonomia";
            /**
             * @description Authorised places
             * @example 2
             */
            capacity: number;
            municipality: components["schemas"]["MunicipalityDto"];
            /** @example Via dei Mille 12 */
            address: string;
            authorisation: components["schemas"]["FacilityAuthorisationDto"];
        };
        ChangeFacilityCapacityDto: {
            /**
             * @description Authorised places from now on
             * @example 2
             */
            capacity: number;
            /** @example New authorisation DGR 99/2026 */
            reason: string;
        };
        CloseFacilityDto: {
            /**
             * Format: date
             * @example 2026-12-31
             */
            closedOn: string;
            /** @example The cooperative ended the service */
            reason: string;
        };
        FacilityListItem: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "comunita-educativa" | "comunita-madre-bambino" | "comunita-familiare" | "pronta-accoglienza" | "alloggio-autonomia";
            municipality: components["schemas"]["MunicipalityDto"];
            open: boolean;
            occupancy: components["schemas"]["OccupancyView"];
        };
        FacilityListView: {
            items: components["schemas"]["FacilityListItem"][];
            /** @description Cursor of the next page (pass it as `cursor`); null on the last page */
            next: string | null;
        };
        FacilityView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "comunita-educativa" | "comunita-madre-bambino" | "comunita-familiare" | "pronta-accoglienza" | "alloggio-autonomia";
            municipality: components["schemas"]["MunicipalityDto"];
            open: boolean;
            occupancy: components["schemas"]["OccupancyView"];
            address: string;
            authorisation: components["schemas"]["FacilityAuthorisationDto"];
            /** Format: date */
            closedOn?: string;
            /** @example 1 */
            revision: number;
        };
        FosterAvailabilityDto: {
            /**
             * @example [
             *       "residential",
             *       "emergency"
             *     ]
             */
            accepts: ("residential" | "part-time" | "emergency")[];
            /**
             * @description Children the household can take at once
             * @example 2
             */
            places: number;
        };
        RegisterFosterCarerDto: {
            /**
             * Format: uuid
             * @description The household (POST /families) the carers live in
             */
            familyId: string;
            /** @description Adult members of that family who are the carers */
            carerIds: string[];
            availability: components["schemas"]["FosterAvailabilityDto"];
            /**
             * Format: date
             * @description Date of the service's suitability assessment (idoneità)
             * @example 2026-06-10
             */
            assessedOn: string;
        };
        ChangeFosterAvailabilityDto: {
            availability: components["schemas"]["FosterAvailabilityDto"];
        };
        WithdrawFosterCarerDto: {
            /**
             * Format: date
             * @example 2026-11-02
             */
            withdrawnOn: string;
            /** @example The family moved away */
            reason: string;
        };
        FosterCarerListItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            familyId: string;
            /**
             * @description The carers, as named at registration
             * @example Luca Rossi, Anna Bianchi
             */
            names: string;
            accepts: ("residential" | "part-time" | "emergency")[];
            /** Format: date */
            assessedOn: string;
            active: boolean;
            /** @description capacity is the places offered */
            occupancy: components["schemas"]["OccupancyView"];
        };
        FosterCarerListView: {
            items: components["schemas"]["FosterCarerListItem"][];
            /** @description Cursor of the next page (pass it as `cursor`); null on the last page */
            next: string | null;
        };
        CarerView: {
            /**
             * Format: uuid
             * @description Member id in the family
             */
            memberId: string;
            /** @example Luca Rossi */
            name: string;
        };
        FosterCarerView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            familyId: string;
            carers: components["schemas"]["CarerView"][];
            availability: components["schemas"]["FosterAvailabilityDto"];
            /** Format: date */
            assessedOn: string;
            active: boolean;
            /** Format: date */
            withdrawnOn?: string;
            occupancy: components["schemas"]["OccupancyView"];
            /** @example 1 */
            revision: number;
        };
        DeadlineView: {
            /**
             * @description Stable: kind and what the deadline is about
             * @example art403-transmission:5f0c…
             */
            id: string;
            /**
             * Format: uuid
             * @description null for a report screening, which comes before a case
             */
            caseId: string | null;
            /** @enum {string} */
            kind: "art403-transmission" | "art403-pm-request" | "art403-validation" | "art403-hearing" | "art403-review" | "affido-end" | "affido-report" | "mandate-report" | "measure-report" | "plan-review" | "age-18" | "prosieguo-end" | "report-screening";
            /**
             * @description Hour deadlines: elapsed hours; day deadlines: the end of that Rome day
             * @example 2026-10-26T09:30:00+01:00
             */
            dueAt: string;
            /** @example art. 403 c. 2 c.c.: measure, documents and a short report to the PM at the TM within 24 h of the placement */
            legalBasis: string;
            /**
             * @description lapsed: due passed unmet, or met only after the due time; cancelled: no longer applies (case closed, plan closed, measure ended, decree superseded)
             * @enum {string}
             */
            status: "open" | "met" | "lapsed" | "cancelled";
            /**
             * Format: uuid
             * @description The event that met it (also when it came late)
             */
            metByEventId: string | null;
            /** @example EmergencyPlacementNotified */
            metByEventType: string | null;
            /** @description When that event occurred; for the art. 403 hearing, the hearing date */
            metAt: string | null;
            /** Format: uuid */
            cancelledByEventId: string | null;
            /** @example CaseClosed */
            cancelledByEventType: string | null;
            cancelledAt: string | null;
            /**
             * Format: uuid
             * @description art. 403 steps: the MeasureLapsed the deadline engine appended when this step was missed (c. 7)
             */
            lapsedByEventId: string | null;
            /** @description Open and inside its warning window (the 18th birthday and the affido end: 90 days) */
            warning: boolean;
            /** @description Start of the warning window */
            warnFrom?: string;
            /**
             * Format: uuid
             * @description art403-*: the emergency placement
             */
            placementId?: string;
            /**
             * Format: uuid
             * @description affido-*: the protection measure
             */
            measureId?: string;
            /**
             * Format: uuid
             * @description plan-review: the support plan
             */
            planId?: string;
            /**
             * Format: uuid
             * @description report-screening: the report (segnalazione); shown to coordinators only
             */
            reportId?: string;
            /**
             * @description mandate-report and affido-report: the judge reported to
             * @example tribunale-per-i-minorenni
             */
            authority?: string;
            /** @example 123/2026 R.G. */
            proceedingNumber?: string;
        };
        DeadlinesPage: {
            items: components["schemas"]["DeadlineView"][];
            /** @description The cursor of the next page, to pass as `cursor`; null on the last page */
            next: string | null;
        };
        CalendarTokenView: {
            /**
             * @description Subscribe to it in Outlook or Google Calendar (add calendar from URL); keep it private
             * @example https://tutela.comune.example.it/workers/alice/calendar.ics?token=Qm9vLi4u
             */
            url: string;
            /**
             * Format: uuid
             * @description Names this token in the CalendarFeedTokenIssued and …Revoked events
             */
            tokenId: string;
            /** @example 2026-10-26T09:30:00+01:00 */
            issuedAt: string;
        };
        ReminderSettingsDto: {
            /**
             * Format: email
             * @example alice.rossi@comune.example.it
             */
            email: string;
        };
        ReminderSettingsView: {
            /** @example alice.rossi@comune.example.it */
            email: string;
            /** @example 2026-10-26T09:30:00+01:00 */
            updatedAt: string;
            /** @description false while SMTP_URL is unset: the address is kept, nothing is sent */
            remindersEnabled: boolean;
        };
        TimelineLabelView: {
            /** @example Visita domiciliare registrata (3 voci: 1 fatto, 1 dichiarazione, 1 valutazione) */
            it: string;
            /** @example Home visit recorded (3 entries: 1 fact, 1 statement, 1 evaluation) */
            en: string;
        };
        TimelineActorView: {
            /**
             * @description Token subject of who recorded the fact
             * @example alice
             */
            id: string;
            /** @example social-worker */
            role: string;
        };
        EntryKindView: {
            /** @enum {string} */
            kind: "fact" | "statement" | "evaluation";
            /** @description Who made the statement (statements only) */
            statedBy?: string;
            /** @description The method of the evaluation (evaluations only) */
            method?: string;
        };
        TimelineLineView: {
            /**
             * @description The revision of the event in the case stream
             * @example 3
             */
            revision: number;
            /** Format: uuid */
            eventId: string;
            /** @example ContactRecorded */
            type: string;
            label: components["schemas"]["TimelineLabelView"];
            actor: components["schemas"]["TimelineActorView"];
            /**
             * Format: date-time
             * @description When it happened, as the user told it
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description When the service recorded it
             */
            recordedAt: string;
            /** @description Contacts, assessment entries and report sections only */
            entryKinds?: components["schemas"]["EntryKindView"][];
        };
        TimelineView: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            order: "occurred" | "recorded";
            /**
             * @description Events of the case in the read model
             * @example 12
             */
            total: number;
            items: components["schemas"]["TimelineLineView"][];
            /** @description The cursor of the next page, to pass as `cursor`; null on the last page */
            next: string | null;
        };
        RoleCountView: {
            /** @enum {string} */
            role: "social-worker" | "psychologist" | "educator";
            /** @example 4 */
            openCases: number;
        };
        RiskCountView: {
            /** @enum {string} */
            riskLevel: "none" | "low" | "medium" | "high" | "unassessed";
            /** @example 2 */
            openCases: number;
        };
        MunicipalityView: {
            /**
             * @description ISTAT code; null while the family is unknown to the read model
             * @example 015146
             */
            istatCode: string | null;
            /** @example Milano */
            name: string | null;
        };
        WorkerCaseView: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description The worker's role on this case
             * @enum {string}
             */
            role: "social-worker" | "psychologist" | "educator";
            isCaseManager: boolean;
            /** Format: date-time */
            assignedAt: string;
            /** Format: date-time */
            openedAt: string;
            municipality: components["schemas"]["MunicipalityView"];
            /**
             * @description Of the latest completed assessment; null before any
             * @enum {string|null}
             */
            riskLevel: "none" | "low" | "medium" | "high" | null;
        };
        WorkerCaseloadView: {
            /** @example alice */
            workerId: string;
            /**
             * @description As last assigned; null when never assigned
             * @example Alice Rossi
             */
            name: string | null;
            /**
             * @description Open cases the worker is on the team of
             * @example 7
             */
            openCases: number;
            /** @example 3 */
            asCaseManager: number;
            byRole: components["schemas"]["RoleCountView"][];
            byRiskLevel: components["schemas"]["RiskCountView"][];
            /** @description Oldest opened first */
            cases: components["schemas"]["WorkerCaseView"][];
            /** @description The cursor of the next page, to pass as `cursor`; null on the last page */
            next: string | null;
        };
        WorkerCountView: {
            /** @example alice */
            workerId: string;
            /** @example Alice Rossi */
            name: string;
            roles: ("social-worker" | "psychologist" | "educator")[];
            /** @example 7 */
            openCases: number;
            /** @example 3 */
            asCaseManager: number;
        };
        RoleTotalView: {
            /** @enum {string} */
            role: "social-worker" | "psychologist" | "educator";
            /**
             * @description Open cases with at least one member in this role
             * @example 12
             */
            openCases: number;
            /**
             * @description Workers in this role on open cases
             * @example 4
             */
            workers: number;
        };
        MunicipalityCountView: {
            /**
             * @description ISTAT code; null while the family is unknown to the read model
             * @example 015146
             */
            istatCode: string | null;
            /** @example Milano */
            name: string | null;
            /** @example 9 */
            openCases: number;
        };
        CaseloadOverviewView: {
            /** @description The municipality filter, if any */
            municipality: string | null;
            /** @example 20 */
            openCases: number;
            /** @example 1 */
            withoutCaseManager: number;
            /** @example 0 */
            withoutTeam: number;
            /** @description Most open cases first */
            byWorker: components["schemas"]["WorkerCountView"][];
            byRole: components["schemas"]["RoleTotalView"][];
            /** @description Most open cases first */
            byMunicipality: components["schemas"]["MunicipalityCountView"][];
        };
        ApprovalView: {
            /** Format: uuid */
            approvalId: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            act: "support-plan" | "closure" | "court-report";
            /** @description What it covers: the plan's id, the closure's reason, the report's head hash */
            subjectKey: string;
            submittedBy: string;
            /** Format: date-time */
            submittedAt: string;
            /** @enum {string} */
            status: "pending" | "approved" | "returned" | "used";
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description Why it was returned */
            reason: string | null;
        };
        ApprovalsPage: {
            items: components["schemas"]["ApprovalView"][];
            /** @description Cursor of the next page; null on the last */
            next: string | null;
        };
        PeriodView: {
            /**
             * Format: date
             * @example 2026-01-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            to: string;
        };
        IntakeCountView: {
            /** @enum {string} */
            kind: "spontaneous" | "semi-spontaneous" | "judicial";
            /** @example 4 */
            count: number;
        };
        ReferrerCountView: {
            /** @enum {string} */
            kind: "school" | "paediatrician" | "socio-health-service" | "community-partner" | "other";
            /** @example 2 */
            count: number;
        };
        OpenedView: {
            /**
             * @description Cases opened in the period (first opening; reopenings are counted apart)
             * @example 7
             */
            total: number;
            /** @description Every intake kind, zeros included */
            byIntakeKind: components["schemas"]["IntakeCountView"][];
            /** @description Semi-spontaneous intakes by who referred; every kind, zeros included */
            byReferrerKind: components["schemas"]["ReferrerCountView"][];
        };
        MeasureCountView: {
            /** @enum {string} */
            kind: "emergency-placement" | "foster-care" | "community-placement" | "mother-child-community-placement" | "limitation-of-parental-responsibility" | "loss-of-parental-responsibility" | "court-ordered-supervised-contact";
            /** @example 1 */
            count: number;
        };
        MeasuresOrderedView: {
            /**
             * @description Protection measures whose decree is dated in the period
             * @example 2
             */
            total: number;
            byKind: components["schemas"]["MeasureCountView"][];
        };
        ClosureCountView: {
            /** @enum {string} */
            reason: "goals-met" | "moved-away" | "transferred" | "age-limit-reached" | "court-order" | "other";
            /** @example 3 */
            count: number;
        };
        ClosuresView: {
            /**
             * @description Closures dated in the period (a case closed, reopened and closed again counts twice)
             * @example 3
             */
            total: number;
            byReason: components["schemas"]["ClosureCountView"][];
        };
        NeedDomainCountView: {
            /** @enum {string} */
            domain: "health" | "education" | "relationships" | "living-conditions" | "parenting";
            /** @example 2 */
            count: number;
        };
        NeedCountsView: {
            /** @example 5 */
            total: number;
            byDomain: components["schemas"]["NeedDomainCountView"][];
        };
        NeedsView: {
            /** @description Needs assessments found in the period */
            identified: components["schemas"]["NeedCountsView"];
            /** @description Needs met in the period: a review found a goal answering them achieved */
            met: components["schemas"]["NeedCountsView"];
            /** @description Needs found by the last day and not met by then */
            unmetAtEnd: components["schemas"]["NeedCountsView"];
        };
        StatisticsView: {
            period: components["schemas"]["PeriodView"];
            /** @example 015146 */
            municipality: string | null;
            opened: components["schemas"]["OpenedView"];
            /**
             * @description Reopenings dated in the period
             * @example 1
             */
            reopened: number;
            /**
             * @description Cases open at the end of the last day of the period
             * @example 25
             */
            openAtEnd: number;
            measuresOrdered: components["schemas"]["MeasuresOrderedView"];
            /**
             * @description Emergency placements (art. 403 c.c.) made in the period, by the service, without a decree
             * @example 1
             */
            emergencyPlacements: number;
            closures: components["schemas"]["ClosuresView"];
            needs: components["schemas"]["NeedsView"];
        };
        ChainBreakDto: {
            /** @example 4 */
            revision: number;
            /** Format: uuid */
            eventId: string;
            /** @example hash does not match the event content */
            reason: string;
            /** @description The hash the chain says this field should hold */
            expected: string;
            /** @description What the stored event holds */
            found: string;
        };
        CheckpointComparisonDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The stream revision the checkpoint saw */
            revision: number;
            headHash: string;
            /** @enum {string} */
            comparison: "consistent" | "tail-removed" | "stream-vanished" | "head-rewritten" | "not-checkpointed";
        };
        StreamVerificationDto: {
            /** @example case-3f0c… */
            stream: string;
            /** @description The chain holds and the stream still reaches the checkpoint it was seen at */
            holds: boolean;
            /** @description Events checked (up to the first break) */
            events: number;
            headRevision: number | null;
            headHash: string | null;
            firstBreak?: components["schemas"]["ChainBreakDto"];
            checkpoint: components["schemas"]["CheckpointComparisonDto"] | null;
        };
        CaseFileVerificationDto: {
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            verifiedAt: string;
            /** @description Every stream holds */
            holds: boolean;
            streams: components["schemas"]["StreamVerificationDto"][];
        };
        JwkDto: {
            /** @example OKP */
            kty: string;
            /** @example Ed25519 */
            crv: string;
            /** @description base64url public key */
            x: string;
            kid: string;
            /** @example EdDSA */
            alg: string;
            /** @example sig */
            use: string;
        };
        PublishedKeyDto: {
            /** @description RFC 7638 JWK thumbprint (SHA-256, base64url) */
            keyId: string;
            /** @example Ed25519 */
            algorithm: string;
            /** @description SPKI PEM, for `npm run verify -- --public-key` */
            publicKeyPem: string;
            jwk: components["schemas"]["JwkDto"];
            /** Format: date-time */
            firstUsedAt: string;
            /** @description The key that signs now */
            current: boolean;
        };
        AuditKeysDto: {
            keys: components["schemas"]["PublishedKeyDto"][];
        };
        CheckpointSignatureDto: {
            /** @example Ed25519 */
            algorithm: string;
            keyId: string;
            /** @description base64 Ed25519 signature over the SHA-256 of the canonical checkpoint without signature */
            value: string;
        };
        SignedCheckpointDto: {
            /** @example tutela-checkpoint/1 */
            format: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            treeSize: number;
            rootHash: string;
            signature: components["schemas"]["CheckpointSignatureDto"];
        };
        LeafDto: {
            stream: string;
            revision: number;
            headHash: string;
        };
        CheckpointDocumentDto: {
            checkpoint: components["schemas"]["SignedCheckpointDto"];
            /** @description Sorted by stream: the Merkle tree leaves */
            leaves: components["schemas"]["LeafDto"][];
        };
        DraftMinorDto: {
            /** Format: uuid */
            id: string;
            name?: string;
            /** @example 2016-03-01 */
            birthDate?: string;
        };
        DraftPeriodDto: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
        };
        DraftActorDto: {
            id: string;
            role: string;
            name?: string;
        };
        DraftEntryDto: {
            stream: string;
            revision: number;
            /** @example ContactRecorded */
            eventType: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            kind: "fact" | "statement" | "evaluation";
            text: string;
            /** @description statement: who made it */
            statedBy?: string;
            /** @description evaluation: the method used */
            method?: string;
        };
        DraftMeasureDto: {
            /** Format: uuid */
            measureId: string;
            /** @description Italian line of its latest event */
            label: string;
            /** @example disposta */
            status: string;
            /** Format: date-time */
            since: string;
            /**
             * @description Where a placing measure put the child
             * @example collocato presso Casa Aurora, con il genitore Maria Esposito
             */
            placedWith?: string;
        };
        DraftHearingDto: {
            /** Format: uuid */
            hearingId: string;
            label: string;
            hearingDate: string;
        };
        DraftDeadlineDto: {
            label: string;
            dueAt: string;
            /** @enum {string} */
            status: "met" | "open" | "lapsed";
            metAt?: string;
        };
        DraftParentWorkDto: {
            /**
             * Format: uuid
             * @description The adult of the case's household the work is for
             */
            personId: string;
            /** @description Their name, as the household records it */
            name?: string;
            label: string;
            /** Format: date-time */
            since: string;
        };
        DraftChildWishDto: {
            /** @enum {string} */
            about: "plan" | "placement" | "contact-with-parents" | "other";
            text: string;
        };
        DraftChildHearingDto: {
            /** Format: date-time */
            heardAt: string;
            place: string;
            heardBy: string[];
            present: string[];
            method: string;
            /** @description The child's words */
            statements: string[];
            wishes: components["schemas"]["DraftChildWishDto"][];
        };
        DraftTeamContributionDto: {
            /** @enum {string} */
            discipline: "social" | "psychological" | "educational";
            workerId: string;
            /** @description The contribution, or the withheld line for a restricted one */
            text: string;
            method?: string;
        };
        DraftDissentDto: {
            workerId: string;
            text: string;
        };
        DraftTeamEvaluationDto: {
            /** Format: uuid */
            evaluationId: string;
            /** Format: date-time */
            evaluatedAt: string;
            contributions: components["schemas"]["DraftTeamContributionDto"][];
            conclusion: string;
            agreedBy: string[];
            dissent: components["schemas"]["DraftDissentDto"][];
        };
        ReportDraftDto: {
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            familyId: string;
            minor: components["schemas"]["DraftMinorDto"];
            period: components["schemas"]["DraftPeriodDto"];
            /** Format: date-time */
            generatedAt: string;
            generatedBy: components["schemas"]["DraftActorDto"];
            /** @description The case revision the draft covers */
            headRevision: number;
            /** @description Its chain hash: cite it as headHash when submitting the report */
            headHash: string;
            /** @description Fatti accertati */
            facts: components["schemas"]["DraftEntryDto"][];
            /** @description Dichiarazioni, with who made them */
            statements: components["schemas"]["DraftEntryDto"][];
            /** @description Valutazioni, with the method */
            evaluations: components["schemas"]["DraftEntryDto"][];
            measures: components["schemas"]["DraftMeasureDto"][];
            hearings: components["schemas"]["DraftHearingDto"][];
            deadlines: components["schemas"]["DraftDeadlineDto"][];
            /** @description Work with the parent in difficulty: goals and interventions for an adult */
            parentWork: components["schemas"]["DraftParentWorkDto"][];
            /** @description Ascolto del minore: its own section */
            childHearings: components["schemas"]["DraftChildHearingDto"][];
            /** @description Valutazione d'équipe: the basis the report cites */
            teamEvaluations: components["schemas"]["DraftTeamEvaluationDto"][];
        };
        AccessActorView: {
            /** @example alice */
            id: string;
            /** @example social-worker */
            role: string;
        };
        AccessLogLineView: {
            /** Format: uuid */
            caseId: string | null;
            /** Format: uuid */
            familyId: string | null;
            /**
             * Format: uuid
             * @description A person of the registry whose record was read
             */
            personId: string | null;
            actor: components["schemas"]["AccessActorView"];
            /**
             * @description The route read
             * @example GET /cases/:caseId/timeline
             */
            what: string;
            /** @description X-Request-Id of the read */
            requestId: string;
            /** Format: date-time */
            accessedAt: string;
        };
        AccessLogView: {
            items: components["schemas"]["AccessLogLineView"][];
            /** @description The cursor of the next page, to pass as `cursor`; null on the last page */
            next: string | null;
        };
        CreateSubscriptionDto: {
            /**
             * @description https (http only for localhost and loopback addresses), no credentials. A private, link-local, unspecified or multicast address, literal or resolved, is 400 WEBHOOK_URL_NOT_ALLOWED (unless WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true); a malformed URL 400 INVALID_WEBHOOK_URL
             * @example https://erp.comune.example.it/tutela/webhooks
             */
            url: string;
            /**
             * @description Public event types (openapi/asyncapi.yaml); an unknown one is 400 UNKNOWN_EVENT_TYPE. Personal types need the feed scope too
             * @example [
             *       "case.opened.v1",
             *       "case.closed.v1"
             *     ]
             */
            types: ("case.opened.v1" | "case.judicial-mandate-received.v1" | "case.judicial-mandate-modified.v1" | "case.judicial-mandate-ended.v1" | "case.team-member-assigned.v1" | "case.team-member-released.v1" | "case.manager-changed.v1" | "assessment.started.v1" | "assessment.entry-recorded.v1" | "assessment.completed.v1" | "support-plan.drafted.v1" | "support-plan.agreed.v1" | "intervention.started.v1" | "intervention.ended.v1" | "support-plan.reviewed.v1" | "support-plan.closed.v1" | "protection-measure.proposed.v1" | "protection-measure.ordered.v1" | "protection-measure.extended.v1" | "protection-measure.modified.v1" | "protection-measure.ended.v1" | "emergency-placement.made.v1" | "emergency-placement.notified.v1" | "emergency-placement.oral-notice-given.v1" | "emergency-placement.validation-requested.v1" | "emergency-placement.validated.v1" | "emergency-placement.revoked.v1" | "emergency-placement.validation-reviewed.v1" | "measure.lapsed.v1" | "court-hearing.scheduled.v1" | "court-report.submitted.v1" | "contact.recorded.v1" | "case.prosieguo-granted.v1" | "case.closed.v1" | "case.reopened.v1" | "case.audit-trail-exported.v1" | "case.access-granted.v1" | "child.heard.v1" | "approval.submitted.v1" | "approval.approved.v1" | "approval.returned.v1" | "team-evaluation.recorded.v1" | "case.access-grant-revoked.v1" | "family.registered.v1" | "family.member-added.v1" | "family.member-corrected.v1" | "family.member-removed.v1" | "family.relation-recorded.v1" | "family.relation-ended.v1" | "partner.registered.v1" | "partner.contact-updated.v1" | "partner.deactivated.v1" | "partner.reactivated.v1" | "initiative.planned.v1" | "initiative.held.v1" | "initiative.cancelled.v1" | "report.received.v1" | "report.screened.v1" | "facility.registered.v1" | "facility.capacity-changed.v1" | "facility.closed.v1")[];
            /**
             * @description Standard Webhooks secret: whsec_ + base64 of 24 to 64 random bytes (else 400 INVALID_WEBHOOK_SECRET); absent: generated
             * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
             */
            secret?: string;
        };
        CreatedSubscriptionView: {
            /** Format: uuid */
            id: string;
            /**
             * @description Normalised as a URL parser writes it
             * @example https://erp.comune.example.it/tutela/webhooks
             */
            url: string;
            /** @description Sorted, without repeats */
            types: ("case.opened.v1" | "case.judicial-mandate-received.v1" | "case.judicial-mandate-modified.v1" | "case.judicial-mandate-ended.v1" | "case.team-member-assigned.v1" | "case.team-member-released.v1" | "case.manager-changed.v1" | "assessment.started.v1" | "assessment.entry-recorded.v1" | "assessment.completed.v1" | "support-plan.drafted.v1" | "support-plan.agreed.v1" | "intervention.started.v1" | "intervention.ended.v1" | "support-plan.reviewed.v1" | "support-plan.closed.v1" | "protection-measure.proposed.v1" | "protection-measure.ordered.v1" | "protection-measure.extended.v1" | "protection-measure.modified.v1" | "protection-measure.ended.v1" | "emergency-placement.made.v1" | "emergency-placement.notified.v1" | "emergency-placement.oral-notice-given.v1" | "emergency-placement.validation-requested.v1" | "emergency-placement.validated.v1" | "emergency-placement.revoked.v1" | "emergency-placement.validation-reviewed.v1" | "measure.lapsed.v1" | "court-hearing.scheduled.v1" | "court-report.submitted.v1" | "contact.recorded.v1" | "case.prosieguo-granted.v1" | "case.closed.v1" | "case.reopened.v1" | "case.audit-trail-exported.v1" | "case.access-granted.v1" | "child.heard.v1" | "approval.submitted.v1" | "approval.approved.v1" | "approval.returned.v1" | "team-evaluation.recorded.v1" | "case.access-grant-revoked.v1" | "family.registered.v1" | "family.member-added.v1" | "family.member-corrected.v1" | "family.member-removed.v1" | "family.relation-recorded.v1" | "family.relation-ended.v1" | "partner.registered.v1" | "partner.contact-updated.v1" | "partner.deactivated.v1" | "partner.reactivated.v1" | "initiative.planned.v1" | "initiative.held.v1" | "initiative.cancelled.v1" | "report.received.v1" | "report.screened.v1" | "facility.registered.v1" | "facility.capacity-changed.v1" | "facility.closed.v1")[];
            /**
             * @description The store’s head when the subscription was made: events after this position are delivered, none before. Null: every event
             * @example 1234-56
             */
            startsAfter: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Verify webhook-signature with it (Standard Webhooks)
             * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
             */
            secret: string;
        };
        SubscriptionView: {
            /** Format: uuid */
            id: string;
            /**
             * @description Normalised as a URL parser writes it
             * @example https://erp.comune.example.it/tutela/webhooks
             */
            url: string;
            /** @description Sorted, without repeats */
            types: ("case.opened.v1" | "case.judicial-mandate-received.v1" | "case.judicial-mandate-modified.v1" | "case.judicial-mandate-ended.v1" | "case.team-member-assigned.v1" | "case.team-member-released.v1" | "case.manager-changed.v1" | "assessment.started.v1" | "assessment.entry-recorded.v1" | "assessment.completed.v1" | "support-plan.drafted.v1" | "support-plan.agreed.v1" | "intervention.started.v1" | "intervention.ended.v1" | "support-plan.reviewed.v1" | "support-plan.closed.v1" | "protection-measure.proposed.v1" | "protection-measure.ordered.v1" | "protection-measure.extended.v1" | "protection-measure.modified.v1" | "protection-measure.ended.v1" | "emergency-placement.made.v1" | "emergency-placement.notified.v1" | "emergency-placement.oral-notice-given.v1" | "emergency-placement.validation-requested.v1" | "emergency-placement.validated.v1" | "emergency-placement.revoked.v1" | "emergency-placement.validation-reviewed.v1" | "measure.lapsed.v1" | "court-hearing.scheduled.v1" | "court-report.submitted.v1" | "contact.recorded.v1" | "case.prosieguo-granted.v1" | "case.closed.v1" | "case.reopened.v1" | "case.audit-trail-exported.v1" | "case.access-granted.v1" | "child.heard.v1" | "approval.submitted.v1" | "approval.approved.v1" | "approval.returned.v1" | "team-evaluation.recorded.v1" | "case.access-grant-revoked.v1" | "family.registered.v1" | "family.member-added.v1" | "family.member-corrected.v1" | "family.member-removed.v1" | "family.relation-recorded.v1" | "family.relation-ended.v1" | "partner.registered.v1" | "partner.contact-updated.v1" | "partner.deactivated.v1" | "partner.reactivated.v1" | "initiative.planned.v1" | "initiative.held.v1" | "initiative.cancelled.v1" | "report.received.v1" | "report.screened.v1" | "facility.registered.v1" | "facility.capacity-changed.v1" | "facility.closed.v1")[];
            /**
             * @description The store’s head when the subscription was made: events after this position are delivered, none before. Null: every event
             * @example 1234-56
             */
            startsAfter: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SubscriptionListView: {
            items: components["schemas"]["SubscriptionView"][];
        };
        DeliveryView: {
            /**
             * Format: uuid
             * @description Sent as webhook-id, the same on every attempt: deduplicate on it
             */
            id: string;
            /**
             * Format: uuid
             * @description The event’s id (the id inside the body)
             */
            eventId: string;
            /**
             * @example case.opened.v1
             * @enum {string}
             */
            type: "case.opened.v1" | "case.judicial-mandate-received.v1" | "case.judicial-mandate-modified.v1" | "case.judicial-mandate-ended.v1" | "case.team-member-assigned.v1" | "case.team-member-released.v1" | "case.manager-changed.v1" | "assessment.started.v1" | "assessment.entry-recorded.v1" | "assessment.completed.v1" | "support-plan.drafted.v1" | "support-plan.agreed.v1" | "intervention.started.v1" | "intervention.ended.v1" | "support-plan.reviewed.v1" | "support-plan.closed.v1" | "protection-measure.proposed.v1" | "protection-measure.ordered.v1" | "protection-measure.extended.v1" | "protection-measure.modified.v1" | "protection-measure.ended.v1" | "emergency-placement.made.v1" | "emergency-placement.notified.v1" | "emergency-placement.oral-notice-given.v1" | "emergency-placement.validation-requested.v1" | "emergency-placement.validated.v1" | "emergency-placement.revoked.v1" | "emergency-placement.validation-reviewed.v1" | "measure.lapsed.v1" | "court-hearing.scheduled.v1" | "court-report.submitted.v1" | "contact.recorded.v1" | "case.prosieguo-granted.v1" | "case.closed.v1" | "case.reopened.v1" | "case.audit-trail-exported.v1" | "case.access-granted.v1" | "child.heard.v1" | "approval.submitted.v1" | "approval.approved.v1" | "approval.returned.v1" | "team-evaluation.recorded.v1" | "case.access-grant-revoked.v1" | "family.registered.v1" | "family.member-added.v1" | "family.member-corrected.v1" | "family.member-removed.v1" | "family.relation-recorded.v1" | "family.relation-ended.v1" | "partner.registered.v1" | "partner.contact-updated.v1" | "partner.deactivated.v1" | "partner.reactivated.v1" | "initiative.planned.v1" | "initiative.held.v1" | "initiative.cancelled.v1" | "report.received.v1" | "report.screened.v1" | "facility.registered.v1" | "facility.capacity-changed.v1" | "facility.closed.v1";
            /**
             * @description The event’s position in the feed
             * @example 1234-56
             */
            position: string;
            /** @description Deliveries with the same key (a case, else a family) are sent one after another, in order */
            orderKey: string;
            /**
             * @description parked: every attempt failed; it holds back later events of its case until redelivered
             * @enum {string}
             */
            status: "pending" | "delivered" | "parked";
            /** @description Attempts made since it was created or last redelivered */
            attempts: number;
            /**
             * Format: date-time
             * @description Pending only: not before then
             */
            nextAttemptAt: string | null;
            /**
             * @description HTTP status of the last attempt; null: no answer
             * @example 503
             */
            lastStatus: number | null;
            /** @example HTTP 503 */
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
        };
        DeliveryPageView: {
            /** @description Newest first */
            items: components["schemas"]["DeliveryView"][];
            /** @description The cursor of the next page, to pass as `cursor`; null on the last page */
            next: string | null;
        };
        ExportPeriodView: {
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
        };
        PseudonymisationView: {
            /** @enum {string} */
            method: "HMAC-SHA256";
            /**
             * @description First 16 hex of the SHA-256 of the key: another keyId, unlinkable pseudonyms
             * @example 9a0b1c2d3e4f5061
             */
            keyId: string;
        };
        ExportIntakeView: {
            /** @enum {string} */
            kind: "spontaneous" | "semi-spontaneous" | "judicial";
            /**
             * @description Semi-spontaneous intakes: who referred
             * @enum {string|null}
             */
            referrerKind: "school" | "paediatrician" | "socio-health-service" | "community-partner" | "other" | null;
            /**
             * @description Judicial intakes: which authority
             * @enum {string|null}
             */
            authorityKind: "tribunale-per-i-minorenni" | "procura-presso-il-tm" | "tribunale-ordinario" | "giudice-tutelare" | "corte-d-appello" | "other" | null;
            /**
             * Format: date
             * @description Europe/Rome day the case opened
             * @example 2026-01-12
             */
            openedOn: string;
        };
        ExportAssessmentView: {
            /** @enum {string} */
            riskLevel: "none" | "low" | "medium" | "high";
            /** @example 2026-02 */
            completedMonth: string;
        };
        ExportInterventionView: {
            /** @enum {string} */
            kind: "psychological-support" | "home-educational-support" | "community-educational-support" | "day-centre" | "social-economic-support" | "parent-group" | "school-partnership" | "vicinanza-solidale" | "supervised-contact" | "parenting-support" | "anti-violence-centre" | "housing-support" | "employment-support" | "health-service-referral";
            /**
             * Format: date
             * @example 2026-02-01
             */
            startedOn: string;
            /**
             * Format: date
             * @description null: not ended by the end of the period
             */
            endedOn: string | null;
        };
        ExportMeasureView: {
            /** @enum {string} */
            kind: "emergency-placement" | "foster-care" | "community-placement" | "mother-child-community-placement" | "limitation-of-parental-responsibility" | "loss-of-parental-responsibility" | "court-ordered-supervised-contact";
            /**
             * Format: date
             * @description Date of the decree
             * @example 2026-03-05
             */
            orderedOn: string;
            /**
             * Format: date
             * @description null: not ended by the end of the period
             */
            endedOn: string | null;
        };
        ExportPlacementView: {
            /** @enum {string} */
            placeKind: "foster-family" | "relatives" | "community" | "mother-child-community" | "other";
            /**
             * Format: date
             * @description Europe/Rome day of the art. 403 c.c. placement
             * @example 2026-03-01
             */
            placedOn: string;
            /**
             * Format: date
             * @description Date of the revocation decree; null: not revoked by the end of the period
             */
            endedOn: string | null;
        };
        ExportClosureView: {
            /** @enum {string} */
            reason: "goals-met" | "moved-away" | "transferred" | "age-limit-reached" | "court-order" | "other";
            /** @example 2026-06 */
            month: string;
        };
        StatisticsExportMinorView: {
            /**
             * @description HMAC-SHA256 of the minor, hex: the same minor under the same key, always
             * @example 3f1c…
             */
            pseudonym: string;
            /** @example 2016-03 */
            birthMonth: string;
            /**
             * @description ISTAT code of the family's municipality
             * @example 015146
             */
            municipalityIstat: string | null;
            /** @description One per case of the minor active in the period, oldest first */
            intakes: components["schemas"]["ExportIntakeView"][];
            assessments: components["schemas"]["ExportAssessmentView"][];
            interventions: components["schemas"]["ExportInterventionView"][];
            protectionMeasures: components["schemas"]["ExportMeasureView"][];
            emergencyPlacements: components["schemas"]["ExportPlacementView"][];
            closures: components["schemas"]["ExportClosureView"][];
        };
        StatisticsExportView: {
            period: components["schemas"]["ExportPeriodView"];
            /** Format: date-time */
            generatedAt: string;
            pseudonymisation: components["schemas"]["PseudonymisationView"];
            /** @description Ordered by pseudonym */
            minors: components["schemas"]["StatisticsExportMinorView"][];
        };
        IntegrationEventView: {
            /**
             * Format: uuid
             * @description The event id: the same on every replay, for deduplication
             */
            id: string;
            /**
             * @example case.opened.v1
             * @enum {string}
             */
            type: "case.opened.v1" | "case.judicial-mandate-received.v1" | "case.judicial-mandate-modified.v1" | "case.judicial-mandate-ended.v1" | "case.team-member-assigned.v1" | "case.team-member-released.v1" | "case.manager-changed.v1" | "assessment.started.v1" | "assessment.entry-recorded.v1" | "assessment.completed.v1" | "support-plan.drafted.v1" | "support-plan.agreed.v1" | "intervention.started.v1" | "intervention.ended.v1" | "support-plan.reviewed.v1" | "support-plan.closed.v1" | "protection-measure.proposed.v1" | "protection-measure.ordered.v1" | "protection-measure.extended.v1" | "protection-measure.modified.v1" | "protection-measure.ended.v1" | "emergency-placement.made.v1" | "emergency-placement.notified.v1" | "emergency-placement.oral-notice-given.v1" | "emergency-placement.validation-requested.v1" | "emergency-placement.validated.v1" | "emergency-placement.revoked.v1" | "emergency-placement.validation-reviewed.v1" | "measure.lapsed.v1" | "court-hearing.scheduled.v1" | "court-report.submitted.v1" | "contact.recorded.v1" | "case.prosieguo-granted.v1" | "case.closed.v1" | "case.reopened.v1" | "case.audit-trail-exported.v1" | "case.access-granted.v1" | "child.heard.v1" | "approval.submitted.v1" | "approval.approved.v1" | "approval.returned.v1" | "team-evaluation.recorded.v1" | "case.access-grant-revoked.v1" | "family.registered.v1" | "family.member-added.v1" | "family.member-corrected.v1" | "family.member-removed.v1" | "family.relation-recorded.v1" | "family.relation-ended.v1" | "partner.registered.v1" | "partner.contact-updated.v1" | "partner.deactivated.v1" | "partner.reactivated.v1" | "initiative.planned.v1" | "initiative.held.v1" | "initiative.cancelled.v1" | "report.received.v1" | "report.screened.v1" | "facility.registered.v1" | "facility.capacity-changed.v1" | "facility.closed.v1";
            /**
             * @description Opaque: pass it as cursor (or as Last-Event-ID to the stream) to continue after this event
             * @example 1234-56
             */
            position: string;
            /**
             * @description The stream the event belongs to
             * @example case-6f1c…
             */
            stream: string;
            /**
             * @description The event’s revision in its stream
             * @example 0
             */
            revision: number;
            /** Format: uuid */
            caseId?: string;
            /** Format: uuid */
            familyId?: string;
            /**
             * Format: date-time
             * @description When it happened, as the user told it
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description When the service stored it
             */
            recordedAt: string;
            /** @description The event’s chain hash, as in GET /cases/{caseId}/events and court bundles */
            hash: string;
            /** @description True when data holds personal data (names, fiscal codes, addresses, narrative text) */
            personal: boolean;
            /** @description Per type: openapi/asyncapi.yaml */
            data: {
                [key: string]: unknown;
            };
        };
        FeedPageView: {
            items: components["schemas"]["IntegrationEventView"][];
            /**
             * @description Pass as cursor for the next page: the last event read, even one your types filter left out. Null: nothing more yet; poll later with the same cursor
             * @example 1240-3
             */
            next: string | null;
        };
        ProjectionErrorView: {
            message: string;
            /**
             * Format: uuid
             * @description The event it failed on
             */
            eventId: string | null;
            /** Format: date-time */
            at: string;
        };
        ProjectionStatusView: {
            /** @example case_list */
            name: string;
            /**
             * @description waiting-for-lock: another instance runs it
             * @enum {string}
             */
            state: "waiting-for-lock" | "running" | "rebuilding" | "failing" | "stopped";
            /** @description The last event applied */
            position: string | null;
            eventsSeen: number;
            /** Format: date-time */
            updatedAt: string | null;
            /** @description Events not yet applied */
            lagEvents: number;
            /** @description How long the oldest of them has waited, in milliseconds */
            lagMs: number;
            lastError?: components["schemas"]["ProjectionErrorView"];
        };
        ProjectionStatusListView: {
            items: components["schemas"]["ProjectionStatusView"][];
        };
        RebuildProgressView: {
            /** Format: uuid */
            id: string;
            /** @example case_list */
            name: string;
            /** @enum {string} */
            state: "requested" | "running" | "done" | "failed";
            eventsDone: number;
            /** @description null until counted */
            eventsTotal: number | null;
            error: string | null;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description A dependency is down or does not answer within 2 s */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    scrapeMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description METRICS_TOKEN is configured and was not sent, or is wrong (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No METRICS_TOKEN configured and the client is not local (METRICS_LOOPBACK_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    searchFamilies: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                /** @description A member's name or fiscal code, or a case's R.G. number */
                q?: string;
                /** @description ISTAT code of the municipality */
                municipality?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamiliesPageView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    registerFamily: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFamilyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    addFamilyMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                familyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFamilyMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recordFamilyRelation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                familyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRelationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    endFamilyRelation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                familyId: string;
                relationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndRelationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    correctFamilyMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                familyId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectFamilyMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    removeFamilyMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                familyId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveFamilyMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getFamily: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                familyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getFamilyEvents: {
        parameters: {
            query?: {
                /** @description Accepted for uniformity with read models: a read of the case stream is always consistent with your writes */
                consistentWith?: string;
                /** @description The first revision to return (not with cursor) */
                from?: number;
                /** @description The `next` cursor of the previous page (not with from) */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                familyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseEventsPageDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    searchPeople: {
        parameters: {
            query: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                /** @description A name (any order, accents and typos tolerated), a prefix of it, or a fiscal code */
                q: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeoplePageDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    registerPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonViewDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    correctPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectPersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    mergePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getFamilyMap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyMapDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getVocabulary: {
        parameters: {
            query?: {
                /** @description Default: the first of Accept-Language that is it or en; else it */
                lang?: "it" | "en";
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabularyDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                status?: "open" | "closed";
                intakeKind?: "spontaneous" | "semi-spontaneous" | "judicial";
                /** @description ISTAT code */
                municipality?: string;
                /** @description Worker id on the team */
                teamMember?: string;
                /** @description Worker id of the case manager */
                caseManager?: string;
                riskLevel?: "none" | "low" | "medium" | "high";
                /** @description Has an open protection measure or emergency placement */
                hasOpenProtectionMeasure?: boolean;
                minAge?: number;
                maxAge?: number;
                openedFrom?: string;
                openedTo?: string;
                /** @description Part of the minor's given or family name */
                search?: string;
                /** @description opened: newest first; nextDeadline: soonest first */
                sort?: "opened" | "nextDeadline";
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    openCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    grantProsieguo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantProsieguoDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    closeCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    reopenCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    assignTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignTeamMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    releaseTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                workerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseTeamMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    changeCaseManager: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCaseManagerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    grantCaseAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantCaseAccessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeCaseAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                workerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCaseAccessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    startAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartAssessmentDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recordAssessmentEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAssessmentEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    completeAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recordContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordContactDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    draftSupportPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftSupportPlanDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    agreeSupportPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeSupportPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    startIntervention: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartInterventionDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    endIntervention: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                planId: string;
                interventionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndInterventionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    reviewSupportPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewSupportPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    closeSupportPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseSupportPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    proposeProtectionMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeProtectionMeasureDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    orderProtectionMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderProtectionMeasureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    extendProtectionMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendProtectionMeasureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    modifyProtectionMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyProtectionMeasureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    endProtectionMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndProtectionMeasureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    makeEmergencyPlacement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MakeEmergencyPlacementDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    giveOralNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotifyEmergencyPlacementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    notifyEmergencyPlacement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotifyEmergencyPlacementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    requestPlacementValidation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotifyEmergencyPlacementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    validateEmergencyPlacement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateEmergencyPlacementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeEmergencyPlacement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeEmergencyPlacementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    reviewPlacementValidation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                placementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewPlacementValidationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    receiveJudicialMandate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveJudicialMandateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    modifyJudicialMandate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyJudicialMandateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    endJudicialMandate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndJudicialMandateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    scheduleCourtHearing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleCourtHearingDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    submitCourtReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitCourtReportDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: {
                /** @description Accepted for uniformity with read models: a read of the case stream is always consistent with your writes */
                consistentWith?: string;
                /** @description The case as of this instant; absent: now */
                asOf?: string;
                /** @description With asOf: recorded = what the service knew then; occurred = what was true then (late records included) */
                axis?: "recorded" | "occurred";
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCaseEvents: {
        parameters: {
            query?: {
                /** @description Accepted for uniformity with read models: a read of the case stream is always consistent with your writes */
                consistentWith?: string;
                /** @description The first revision to return (not with cursor) */
                from?: number;
                /** @description The `next` cursor of the previous page (not with from) */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseEventsPageDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listCaseEntries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                kind?: "fact" | "statement" | "evaluation";
                /** @description Entries of assessments of this discipline */
                discipline?: "social" | "psychological" | "educational";
                /** @description Occurred at or after (ISO 8601 instant with offset) */
                from?: string;
                /** @description Occurred at or before (ISO 8601 instant with offset) */
                to?: string;
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseEntriesPageDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    hearChild: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HearChildDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    recordTeamEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordTeamEvaluationDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    submitForApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitForApprovalDto"];
            };
        };
        responses: {
            /** @description id is the new sub-entity */
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    decideSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideSubmissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                /** @description Only partners of this municipality (ISTAT code) */
                municipality?: string;
                kind?: "school" | "oratory" | "sports-club" | "aggregation-project" | "volunteer-group" | "parent-group" | "health-service" | "paediatrician" | "other";
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerListView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    registerPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    updatePartnerContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartnerContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    deactivatePartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerStatusChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    reactivatePartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerStatusChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listInitiatives: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                /** @description upcoming: soonest first; past: latest first */
                when?: "upcoming" | "past";
                /** @description Only initiatives this municipality promotes (ISTAT code) */
                municipality?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeCalendarView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    planInitiative: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanInitiativeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    holdInitiative: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                initiativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldInitiativeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    cancelInitiative: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                initiativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelInitiativeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getInitiative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                initiativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                status?: "awaiting-screening" | "screened";
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportInboxView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    receiveReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    screenReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreenReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCommunityStatistics: {
        parameters: {
            query: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description First day of the period (included) */
                from: string;
                /** @description Last day of the period (included); not before from */
                to: string;
                /** @description Only initiatives this municipality promotes (ISTAT code); reports carry none */
                municipality?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityStatisticsView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listFacilities: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                kind?: "comunita-educativa" | "comunita-madre-bambino" | "comunita-familiare" | "pronta-accoglienza" | "alloggio-autonomia";
                /** @description Only facilities in this municipality (ISTAT code) */
                municipality?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityListView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    registerFacility: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFacilityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    changeFacilityCapacity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeFacilityCapacityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    closeFacility: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseFacilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getFacility: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listFosterCarers: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                /** @description Only households accepting this kind of affido */
                accepts?: "residential" | "part-time" | "emergency";
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FosterCarerListView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    registerFosterCarer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFosterCarerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    changeFosterCarerAvailability: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                fosterCarerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeFosterAvailabilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    withdrawFosterCarer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
                /** @description The revision you read, as "3"; a mismatch is 412 */
                "If-Match"?: string;
            };
            path: {
                fosterCarerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawFosterCarerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description If-Match does not match the current revision (REVISION_MISMATCH) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getFosterCarer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                fosterCarerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The revision of the stream, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FosterCarerView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listDeadlines: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description Only deadlines due before this instant; a bare date is Rome midnight */
                dueBefore?: string;
                /** @description Only cases where this worker is now on the team */
                workerId?: string;
                caseId?: string;
                /** @description Without it: lapsed (overdue) first, then open and met; cancelled only when asked */
                status?: "open" | "met" | "lapsed" | "cancelled";
                kind?: "art403-transmission" | "art403-pm-request" | "art403-validation" | "art403-hearing" | "art403-review" | "affido-end" | "affido-report" | "mandate-report" | "measure-report" | "plan-review" | "age-18" | "prosieguo-end" | "report-screening";
                /** @description Also rows not yet shown (the 18th birthday appears 90 days ahead) */
                includeNotYetShown?: boolean;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinesPage"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    issueCalendarToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token subject of the worker */
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarTokenView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    revokeCalendarToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token subject of the worker */
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No token is live any more */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query: {
                /** @description The token POST /workers/{workerId}/calendar-token answered */
                token: string;
            };
            header?: never;
            path: {
                /** @description Token subject of the worker */
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    putReminderSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token subject of the worker */
                workerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSettingsView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    removeReminderSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token subject of the worker */
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No digest will be sent */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCaseTimeline: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                /** @description occurred: by occurredAt, what happened when (ties by revision); recorded: by revision, what the service knew when (recordedAt never goes back within a case) */
                order?: "occurred" | "recorded";
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getWorkerCaseload: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description Cases per page; the counts always cover every open case */
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                /** @description Token subject of the worker */
                workerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerCaseloadView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCaseloadOverview: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description Only cases of families of this municipality (ISTAT code) */
                municipality?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadOverviewView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
                status?: "pending" | "approved" | "returned" | "used";
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalsPage"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getStatistics: {
        parameters: {
            query: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description First day of the period (included) */
                from: string;
                /** @description Last day of the period (included); not before from */
                to: string;
                /** @description Only cases of families of this municipality (ISTAT code) */
                municipality?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportAuditTrail: {
        parameters: {
            query?: {
                /** @description Start, inclusive; absent: from the start */
                from?: string;
                /** @description End, inclusive; absent: up to now */
                to?: string;
                /** @description json: the signed bundle; csv: a table; pdf: for the judge */
                format?: "json" | "csv" | "pdf";
                /** @description recorded: when the service recorded each event; occurred: when each fact happened (late records included) */
                axis?: "recorded" | "occurred";
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment; X-Bundle-Digest names the bundle digest recorded on the case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    verifyAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFileVerificationDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listAuditKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditKeysDto"];
                };
            };
            /** @description A backing store is not answering */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getLatestCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointDocumentDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                checkpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointDocumentDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getReportDraft: {
        parameters: {
            query?: {
                /** @description Start, inclusive; absent: from the start */
                from?: string;
                /** @description End, inclusive; absent: up to now */
                to?: string;
                format?: "json" | "pdf";
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDraftDto"];
                    "application/pdf": components["schemas"]["ReportDraftDto"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getVerifyPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A backing store is not answering */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getCaseAccessLog: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description The newest reads first */
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getFamilyAccessLog: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description The newest reads first */
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                familyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getPersonAccessLog: {
        parameters: {
            query?: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description The newest reads first */
                limit?: number;
                /** @description The `next` cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionListView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays return the first answer; reuse with another body is 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where the created resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSubscriptionView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body too large (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    removeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this state */
                status?: "pending" | "delivered" | "parked";
                limit?: number;
                /** @description The `next` cursor of the previous page: older deliveries than those it showed */
                cursor?: string;
            };
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    exportStatistics: {
        parameters: {
            query: {
                /** @description A position from a command answer: wait until this read model has passed it */
                consistentWith?: string;
                /** @description Start, included: a day (from its first instant in Europe/Rome) or an instant */
                from: string;
                /** @description End, included: a day (to its last instant in Europe/Rome) or an instant; not before from */
                to: string;
                /** @description json (the default) or csv */
                format?: "json" | "csv";
            };
            header?: {
                /** @description Same as the consistentWith query parameter */
                "X-Consistent-With"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV with one row per minor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsExportView"];
                    /**
                     * @example pseudonym,birth_month,municipality_istat,intake_kinds,referrer_kinds,authority_kinds,assessments,interventions,protection_measures,emergency_placements,closures
                     *     3f1c…,2016-03,015146,semi-spontaneous@2026-01-12,school@2026-01-12,,high@2026-02,home-educational-support@2026-02-01/2026-05-31;day-centre@2026-03-01,foster-care@2026-03-05,,goals-met@2026-06
                     */
                    "text/csv": string;
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    readFeed: {
        parameters: {
            query?: {
                /** @description Comma-separated public types (openapi/asyncapi.yaml); absent: every type. An unknown type is 400 UNKNOWN_EVENT_TYPE */
                types?: string;
                /** @description The `next` cursor of a page, or an item’s position; absent: from the first event */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPageView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    streamFeed: {
        parameters: {
            query?: {
                /** @description Comma-separated public types (openapi/asyncapi.yaml); absent: every type. An unknown type is 400 UNKNOWN_EVENT_TYPE */
                types?: string;
                /** @description Start after this position (an item’s position, or the `next` of a /feed page); absent and no Last-Event-ID: from the first */
                after?: string;
            };
            header?: {
                /** @description The last id received: resume right after it (wins over after) */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    listProjections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionStatusListView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    rebuildProjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    /** @description Its progress: /admin/projections/rebuilds/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildProgressView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A domain rule refuses the command */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    getRebuildProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rebuildId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildProgressView"];
                };
            };
            /** @description Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No bearer token, or a bad or expired one (UNAUTHENTICATED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The role may not do this (FORBIDDEN_ROLE) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this token subject (RATE_LIMITED); see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
