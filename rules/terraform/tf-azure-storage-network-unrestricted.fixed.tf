resource "azurerm_storage_account" "shared" {
  name                     = "contososhared"
  resource_group_name      = azurerm_resource_group.app.name
  location                 = azurerm_resource_group.app.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    # ruleid: tf-azure-storage-network-unrestricted
    default_action = "Deny"
    bypass         = ["AzureServices"]
  }
}

# ruleid: tf-azure-storage-network-unrestricted
resource "azurerm_storage_account" "public" {
  name                          = "contosopublic"
  resource_group_name           = azurerm_resource_group.app.name
  location                      = azurerm_resource_group.app.location
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = true
}

resource "azurerm_storage_account" "locked" {
  name                     = "contosolocked"
  resource_group_name      = azurerm_resource_group.app.name
  location                 = azurerm_resource_group.app.location
  account_tier             = "Standard"
  account_replication_type = "ZRS"

  network_rules {
    # ok: tf-azure-storage-network-unrestricted
    default_action             = "Deny"
    bypass                     = ["AzureServices"]
    ip_rules                   = ["203.0.113.0/24"]
    virtual_network_subnet_ids = [azurerm_subnet.app.id]
  }
}

resource "azurerm_storage_account" "private_only" {
  name                          = "contosoprivate"
  resource_group_name           = azurerm_resource_group.app.name
  location                      = azurerm_resource_group.app.location
  account_tier                  = "Standard"
  account_replication_type      = "ZRS"
  public_network_access_enabled = false

  network_rules {
    # ok: tf-azure-storage-network-unrestricted
    default_action = "Allow"
  }
}

resource "azurerm_storage_account" "configurable" {
  name                     = var.name
  resource_group_name      = var.resource_group_name
  location                 = var.location
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    # ok: tf-azure-storage-network-unrestricted
    default_action = var.network_default_action
  }
}

resource "azurerm_key_vault" "not_storage" {
  name                = "contoso-kv"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name
  tenant_id           = data.azurerm_client_config.current.tenant_id
  sku_name            = "standard"

  network_acls {
    bypass         = "AzureServices"
    # ok: tf-azure-storage-network-unrestricted
    default_action = "Allow"
  }
}
