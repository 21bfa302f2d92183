package com.cptracker.actions.domain;

import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionStatus;
import com.cptracker.actions.DueDate;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A row of the action plan. */
@Entity
@Table(name = "action")
public class Action {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_id", nullable = false)
    private Long strategyId;

    @Column(name = "priority_id", nullable = false)
    private Long priorityId;

    @Column(name = "statement_id")
    private Long statementId;

    @Column(nullable = false)
    private String ref;

    private int position;

    @Column(nullable = false)
    private String text;

    @Column(name = "cross_reference")
    private String crossReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind", nullable = false)
    private DueDate.Kind dueKind;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "due_text", nullable = false)
    private String dueText;

    @Enumerated(EnumType.STRING)
    private DueDate.Recurrence recurrence;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "due_then_ongoing", nullable = false)
    private boolean dueThenOngoing;

    @Column(name = "success_measure")
    private String successMeasure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.ACTIVE;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ActionLead> leads = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "action_partner", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "partner_id")
    private Set<Long> partnerIds = new HashSet<>();

    @Version
    private long version;

    protected Action() {}

    /**
     * A new action in its place in the plan, with the administrator's fields applied as {@link #update} applies them.
     */
    public Action(Long strategyId, int position, ActionFields fields) {
        this.strategyId = strategyId;
        this.position = position;
        update(fields);
    }

    /** Marks the action complete on a day; it then counts as complete from the quarter containing that day. */
    public void complete(LocalDate on) {
        this.status = ActionStatus.COMPLETE;
        this.completedOn = on;
    }

    private void setDue(DueDate due) {
        this.dueKind = due.kind();
        this.dueDate = due.date();
        this.dueText = due.text();
        this.recurrence = due.recurrence();
        this.dueThenOngoing = due.thenOngoing();
        this.startsOn = due.startsOn();
    }

    public DueDate getDue() {
        return new DueDate(dueKind, dueDate, recurrence, dueThenOngoing, startsOn, dueText);
    }

    /** Reads "the end of the strategy" as the strategy's last day now; other timescales are left as they are. */
    public void endStrategyOn(LocalDate strategyEnds) {
        setDue(getDue().endingWith(strategyEnds));
    }

    public Long getId() {
        return id;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public Long getStatementId() {
        return statementId;
    }

    public String getRef() {
        return ref;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getCrossReference() {
        return crossReference;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public String getSuccessMeasure() {
        return successMeasure;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    /**
     * The leads in order. Read together with the partners (one query for a whole plan), the list can hold each lead
     * once per partner, since a list without an index column is fetched as a bag: each is given once.
     */
    public List<ActionLead> getLeads() {
        return leads.stream().distinct().toList();
    }

    public Set<Long> getPartnerIds() {
        return Set.copyOf(partnerIds);
    }

    public long getVersion() {
        return version;
    }

    /** An administrator's edit of the row, its leads and partners; its status and progress are left as they are. */
    public void update(ActionFields f) {
        this.priorityId = f.priorityId();
        this.statementId = f.statementId();
        this.ref = f.ref();
        this.text = f.text();
        this.successMeasure = f.successMeasure();
        this.crossReference = f.crossReference();
        setDue(f.due());
        replaceLeads(f.leads());
        if (!this.partnerIds.equals(f.partnerIds())) {
            this.partnerIds = new HashSet<>(f.partnerIds());
        }
    }

    /**
     * Sets the leads in order, changing the rows in place: a lead row removed and re-added at the same position in
     * one flush would collide on (action, position).
     */
    private void replaceLeads(List<Lead> to) {
        List<ActionLead> once = getLeads();
        leads.clear();
        leads.addAll(once);
        for (int i = 0; i < to.size(); i++) {
            if (i < leads.size()) {
                leads.get(i).change(to.get(i).jobTitle(), to.get(i).userId());
            } else {
                leads.add(new ActionLead(
                        this, i + 1, to.get(i).jobTitle(), to.get(i).userId()));
            }
        }
        while (leads.size() > to.size()) {
            leads.removeLast();
        }
    }

    /** Its place among the actions of its priority, as the action plan lists them. */
    public void moveTo(int position) {
        this.position = position;
    }

    /** Takes the action out of the plan's counts (cancelled or superseded), or back into them (active). */
    public void changeStatus(ActionStatus status) {
        if (status == ActionStatus.COMPLETE) {
            throw new IllegalArgumentException("An action is completed by its progress, not by an administrator");
        }
        this.status = status;
    }
}
