package vn.vigil.web.ui.victims;

import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.victim.api.IdentityEntry;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.ReceptionCommand;
import vn.vigil.victim.api.Sex;

/** What the reception form holds while it is filled in; identity goes into the command only with consent. */
public class ReceptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate receivedOn;
    private String receivedPlace;
    private Long receivedUnitId;
    private String receivedBy;
    private PersonRole role = PersonRole.VICTIM;
    private String accompaniesCaseCode;
    private boolean verifiedAbroad;
    private String nationality = "VN";
    private Integer birthYear;
    private Sex sex;
    private boolean consent;
    private String fullName;
    private String idNumber;
    private String address;
    private String phone;

    ReceptionForm(LocalDate today) {
        this.receivedOn = today;
    }

    ReceptionCommand command() {
        return new ReceptionCommand(
                receivedOn,
                receivedPlace,
                receivedUnitId,
                receivedBy,
                role,
                role == PersonRole.VICTIM ? null : accompaniesCaseCode,
                verifiedAbroad,
                nationality,
                birthYear,
                sex,
                consent,
                consent ? identity() : null);
    }

    IdentityEntry identity() {
        return new IdentityEntry(fullName, idNumber, address, phone);
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getReceivedPlace() {
        return receivedPlace;
    }

    public void setReceivedPlace(String receivedPlace) {
        this.receivedPlace = receivedPlace;
    }

    public Long getReceivedUnitId() {
        return receivedUnitId;
    }

    public void setReceivedUnitId(Long receivedUnitId) {
        this.receivedUnitId = receivedUnitId;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public PersonRole getRole() {
        return role;
    }

    public void setRole(PersonRole role) {
        this.role = role;
    }

    public String getAccompaniesCaseCode() {
        return accompaniesCaseCode;
    }

    public void setAccompaniesCaseCode(String accompaniesCaseCode) {
        this.accompaniesCaseCode = accompaniesCaseCode;
    }

    public boolean isVerifiedAbroad() {
        return verifiedAbroad;
    }

    public void setVerifiedAbroad(boolean verifiedAbroad) {
        this.verifiedAbroad = verifiedAbroad;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
