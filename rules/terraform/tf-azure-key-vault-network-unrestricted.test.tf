resource "azurerm_key_vault" "app" {
  name                     = "contoso-app-kv"
  location                 = azurerm_resource_group.app.location
  resource_group_name      = azurerm_resource_group.app.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    bypass         = "AzureServices"
    # ruleid: tf-azure-key-vault-network-unrestricted
    default_action = "Allow"
  }
}

# ruleid: tf-azure-key-vault-network-unrestricted
resource "azurerm_key_vault" "build" {
  name                          = "contoso-build-kv"
  location                      = azurerm_resource_group.ci.location
  resource_group_name           = azurerm_resource_group.ci.name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = true
}

resource "azurerm_key_vault" "payments" {
  name                     = "contoso-payments-kv"
  location                 = azurerm_resource_group.payments.location
  resource_group_name      = azurerm_resource_group.payments.name
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "premium"
  purge_protection_enabled = true

  network_acls {
    bypass                     = "AzureServices"
    # ok: tf-azure-key-vault-network-unrestricted
    default_action             = "Deny"
    ip_rules                   = ["203.0.113.0/24"]
    virtual_network_subnet_ids = [azurerm_subnet.payments.id]
  }
}

resource "azurerm_key_vault" "private" {
  name                          = "contoso-private-kv"
  location                      = azurerm_resource_group.app.location
  resource_group_name           = azurerm_resource_group.app.name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false

  network_acls {
    bypass         = "None"
    # ok: tf-azure-key-vault-network-unrestricted
    default_action = "Allow"
  }
}

resource "azurerm_key_vault" "module" {
  name                     = var.name
  location                 = var.location
  resource_group_name      = var.resource_group_name
  tenant_id                = var.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    bypass         = "AzureServices"
    # ok: tf-azure-key-vault-network-unrestricted
    default_action = var.default_action
  }
}
