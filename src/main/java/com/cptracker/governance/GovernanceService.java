package com.cptracker.governance;

import com.cptracker.governance.GovernanceEdits.BodyFields;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.NewBody;
import com.cptracker.governance.GovernanceRecords.NewPartner;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.domain.GovernanceBody;
import com.cptracker.governance.domain.GovernanceBodyRepository;
import com.cptracker.governance.domain.PartnerOrganisation;
import com.cptracker.governance.domain.PartnerOrganisationRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The boards, groups and partners of a strategy. */
@Service
@Transactional(readOnly = true)
public class GovernanceService {

    private final GovernanceBodyRepository bodies;
    private final PartnerOrganisationRepository partners;

    GovernanceService(GovernanceBodyRepository bodies, PartnerOrganisationRepository partners) {
        this.bodies = bodies;
        this.partners = partners;
    }

    /** Adds partners in order; returns their ids by the caller's keys. */
    @Transactional
    public Map<String, Long> addPartners(long strategyId, List<NewPartner> newPartners) {
        Map<String, Long> ids = new LinkedHashMap<>();
        int position = partners.findByStrategyIdOrderByPosition(strategyId).size();
        for (NewPartner p : newPartners) {
            PartnerOrganisation saved = partners.save(
                    new PartnerOrganisation(strategyId, ++position, new PartnerFields(p.name(), p.description())));
            putUnique(ids, p.key(), saved.getId());
        }
        return ids;
    }

    /** Adds bodies in order, then links each to the body it reports to; returns their ids by key. */
    @Transactional
    public Map<String, Long> addBodies(long strategyId, List<NewBody> newBodies) {
        Map<String, GovernanceBody> saved = new LinkedHashMap<>();
        int position = bodies.findByStrategyIdOrderByPosition(strategyId).size();
        for (NewBody b : newBodies) {
            // Whom it reports to is set below, once every body has an id.
            GovernanceBody body = bodies.save(new GovernanceBody(
                    strategyId,
                    ++position,
                    new BodyFields(b.name(), b.kind(), b.description(), b.membership(), b.chairTitle(), null)));
            if (saved.putIfAbsent(b.key(), body) != null) {
                throw new IllegalArgumentException("Two governance bodies share the key " + b.key());
            }
        }
        for (NewBody b : newBodies) {
            if (b.reportsToKey() != null) {
                GovernanceBody to = saved.get(b.reportsToKey());
                if (to == null) {
                    throw new IllegalArgumentException(b.name() + " reports to an unknown body " + b.reportsToKey());
                }
                saved.get(b.key()).reportTo(to.getId());
            }
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        saved.forEach((key, body) -> ids.put(key, body.getId()));
        return ids;
    }

    public List<Body> bodiesOf(long strategyId) {
        List<GovernanceBody> all = bodies.findByStrategyIdAndArchivedFalseOrderByPosition(strategyId);
        Map<Long, String> names =
                all.stream().collect(Collectors.toMap(GovernanceBody::getId, GovernanceBody::getName));
        return all.stream().map(b -> body(b, names.get(b.getReportsToId()))).toList();
    }

    public List<Partner> partnersOf(long strategyId) {
        return partners.findByStrategyIdAndArchivedFalseOrderByPosition(strategyId).stream()
                .map(GovernanceService::partner)
                .toList();
    }

    /** Looks up several bodies in one query. */
    public Map<Long, Body> bodiesById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return bodies.findByIdIn(ids).stream()
                .map(b -> body(b, null))
                .collect(Collectors.toMap(Body::id, Function.identity()));
    }

    /** Looks up several partners in one query. */
    public Map<Long, Partner> partnersById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return partners.findByIdIn(ids).stream()
                .map(GovernanceService::partner)
                .collect(Collectors.toMap(Partner::id, Function.identity()));
    }

    private static Body body(GovernanceBody b, String reportsToName) {
        return GovernanceAdminService.fields(b).body(b.getId(), reportsToName);
    }

    private static Partner partner(PartnerOrganisation p) {
        return GovernanceAdminService.fields(p).partner(p.getId());
    }

    private static void putUnique(Map<String, Long> ids, String key, Long id) {
        if (ids.putIfAbsent(key, id) != null) {
            throw new IllegalArgumentException("Two partners share the key " + key);
        }
    }
}
