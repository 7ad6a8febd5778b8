package vn.vigil.web.ui.registry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.vigil.inspection.api.EstablishmentCommand;

/** The editable fields of an establishment, bound to the registration form. */
public class EstablishmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Long businessLineId;
    private String registrationNo;
    private LocalDate licenceValidFrom;
    private LocalDate licenceValidUntil;
    private String ownerName;
    private String legalRepresentative;
    private String phone;
    private String address;
    private Long communeId;
    private BigDecimal latitude;
    private BigDecimal longitude;

    static EstablishmentForm of(EstablishmentCommand c) {
        EstablishmentForm form = new EstablishmentForm();
        form.name = c.name();
        form.businessLineId = c.businessLineId();
        form.registrationNo = c.registrationNo();
        form.licenceValidFrom = c.licenceValidFrom();
        form.licenceValidUntil = c.licenceValidUntil();
        form.ownerName = c.ownerName();
        form.legalRepresentative = c.legalRepresentative();
        form.phone = c.phone();
        form.address = c.address();
        form.communeId = c.communeId();
        form.latitude = c.latitude();
        form.longitude = c.longitude();
        return form;
    }

    EstablishmentCommand toCommand() {
        return new EstablishmentCommand(
                name,
                businessLineId,
                registrationNo,
                licenceValidFrom,
                licenceValidUntil,
                ownerName,
                legalRepresentative,
                phone,
                address,
                communeId,
                latitude,
                longitude);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getBusinessLineId() {
        return businessLineId;
    }

    public void setBusinessLineId(Long businessLineId) {
        this.businessLineId = businessLineId;
    }

    public String getRegistrationNo() {
        return registrationNo;
    }

    public void setRegistrationNo(String registrationNo) {
        this.registrationNo = registrationNo;
    }

    public LocalDate getLicenceValidFrom() {
        return licenceValidFrom;
    }

    public void setLicenceValidFrom(LocalDate licenceValidFrom) {
        this.licenceValidFrom = licenceValidFrom;
    }

    public LocalDate getLicenceValidUntil() {
        return licenceValidUntil;
    }

    public void setLicenceValidUntil(LocalDate licenceValidUntil) {
        this.licenceValidUntil = licenceValidUntil;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }
}
