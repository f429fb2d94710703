data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "payments" {
  name                       = "contoso-payments-kv"
  location                   = azurerm_resource_group.payments.location
  resource_group_name        = azurerm_resource_group.payments.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "premium"
  soft_delete_retention_days = 7
  # ruleid: tf-azure-key-vault-purge-protection-disabled
  purge_protection_enabled   = true
}

# ruleid: tf-azure-key-vault-purge-protection-disabled
resource "azurerm_key_vault" "app" {
  name                      = "contoso-app-kv"
  location                  = azurerm_resource_group.app.location
  resource_group_name       = azurerm_resource_group.app.name
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  enable_rbac_authorization = true
}

resource "azurerm_key_vault" "disk_encryption" {
  name                        = "contoso-disk-kv"
  location                    = azurerm_resource_group.infra.location
  resource_group_name         = azurerm_resource_group.infra.name
  tenant_id                   = data.azurerm_client_config.current.tenant_id
  sku_name                    = "premium"
  enabled_for_disk_encryption = true
  soft_delete_retention_days  = 90
  # ok: tf-azure-key-vault-purge-protection-disabled
  purge_protection_enabled    = true
}

resource "azurerm_key_vault" "per_environment" {
  name                     = "${var.prefix}-kv"
  location                 = var.location
  resource_group_name      = var.resource_group_name
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  # ok: tf-azure-key-vault-purge-protection-disabled
  purge_protection_enabled = var.environment == "prod"
}
